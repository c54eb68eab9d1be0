// Organizer-written words an attendee reads (a partner's purpose, a drawing's name and prize)
// are entered per language. A missing translation is never hidden: the English text is shown,
// marked as English (lang="en" on pages, "(auf Englisch)" in plain text such as the notice,
// whose exact text is hashed), and the event page lists what is missing.
import type { Language } from "@/lib/consent/notice-text";

/** One text as it reads in a language: `fallback` when the English stands in for a missing one. */
export type Translated = { text: string; lang: Language; fallback: boolean };

/** In plain text (notices, emails): how the English stand-in is marked. */
export const FALLBACK_MARK: Record<Language, string> = { en: "", de: "(auf Englisch)" };

/** The text in `language`, or the English one marked as a fallback. */
export function translated(en: string, de: string | null | undefined, language: Language): Translated {
  if (language === "en") return { text: en, lang: "en", fallback: false };
  const own = de?.trim();
  return own ? { text: own, lang: language, fallback: false } : { text: en, lang: "en", fallback: true };
}

/** The same, as one plain string with the mark. */
export function translatedText(en: string, de: string | null | undefined, language: Language): string {
  const t = translated(en, de, language);
  return t.fallback ? `${t.text} ${FALLBACK_MARK[language]}` : t.text;
}

/** A partner's purpose as the notice in `language` shows it. */
export function purposeIn(partner: { purpose: string; purposeDe?: string | null }, language: Language): string {
  return translatedText(partner.purpose, partner.purposeDe, language);
}
