// The partner's words as an attendee was shown them, recorded with each decision (issue 11 §3,
// docs/decisions/022): what the notice's placeholders stood for when it was rendered. Kept as
// canonical JSON by its sha256 (consent_partner_words); the ledger row's hash covers the sha256.
// Receipts are built from these, never from the partner's row as it reads today.
import { z } from "zod";
import { sha256Hex } from "../crypto";
import { purposeIn } from "../i18n/translated";
import type { PartnerWords } from "../partners/partner-words";
import { SHARED_FIELDS, isLanguage } from "./notice-text";

/** The recorded words: snake_case like the receipt, fields in the notice's language. */
export const RecordedWords = z.object({
  name: z.string(),
  booth: z.string(),
  purpose: z.string(),
  privacy_url: z.string(),
  fields: z.array(z.string()),
  language: z.string(),
  /** The follow-up's promise the notice stated (issue 16 §1); absent when it stated none, as in every row before it. */
  promise: z.string().optional(),
});
export type RecordedWords = z.infer<typeof RecordedWords>;

export type KeptWords = { sha256: string; json: string };

/**
 * One JSON text for the same words: keys in a fixed order, no spaces (JSON.stringify keeps
 * insertion order). No promise, no key: words recorded before promises hash as they did.
 */
export function canonicalWords(w: RecordedWords): string {
  const words = { name: w.name, booth: w.booth, purpose: w.purpose, privacy_url: w.privacy_url, fields: [...w.fields], language: w.language };
  return JSON.stringify(w.promise === undefined ? words : { ...words, promise: w.promise });
}

// A booth's items name the same partner and language again and again: the JSON and its hash are
// made once per distinct words (as renderNotice keeps its texts), so recording them costs a
// Map lookup and one insert-or-ignore.
const kept = new Map<string, KeptWords>();

/** The words as the notice in `language` showed them for the partner, with their sha256. */
export function wordsAsShown(partner: PartnerWords, language: string): KeptWords {
  const promise = partner.promises?.[language];
  const key = JSON.stringify([partner.name, partner.booth, partner.purpose, partner.purposeDe, partner.privacyUrl, promise, language]);
  let hit = kept.get(key);
  if (!hit) {
    const lang = isLanguage(language) ? language : "en";
    const fields = SHARED_FIELDS[lang];
    // The purpose in the notice's language, as the notice showed it (lib/i18n/translated.ts).
    const json = canonicalWords({ name: partner.name, booth: partner.booth, purpose: purposeIn(partner, lang), privacy_url: partner.privacyUrl, fields: [...fields], language, promise });
    hit = { sha256: sha256Hex(json), json };
    if (kept.size >= 256) kept.clear();
    kept.set(key, hit);
  }
  return hit;
}

/** Recorded words read back; null when the JSON is not words (then the row was edited: verify-ledger names it). */
export function parseWords(json: string): RecordedWords | null {
  try {
    const parsed = RecordedWords.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The partner's words in the shape the notice renders them from. */
// The recorded purpose already is the one shown in the words' language: it stands for both.
export const asPartnerWords = (w: RecordedWords): PartnerWords => ({
  name: w.name,
  booth: w.booth,
  purpose: w.purpose,
  purposeDe: w.purpose,
  privacyUrl: w.privacy_url,
  ...(w.promise !== undefined && { promises: { [w.language]: w.promise } }),
});
