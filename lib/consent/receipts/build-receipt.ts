// Builds the receipt of one consent event from what the ledger holds. Pure: no database, no
// clock; the same rows always give the same receipt.
import { sha256Hex } from "../../crypto";
import type { PartnerSummary } from "../../partners/partners";
import { SHARED_FIELDS, isLanguage, renderNoticeText } from "../notice-text";
import {
  COLLECTION_METHOD,
  PII_TYPE_OF_FIELD,
  SCHEMA_VERSION,
  STATE_OF_ACTION,
  type ConsentReceipt,
} from "./receipt";

export type ReceiptSource = {
  consent: {
    id: number;
    action: keyof typeof STATE_OF_ACTION;
    language: string;
    method: keyof typeof COLLECTION_METHOD;
    scanId: string | null;
    deviceTime: Date;
    deviceClaim: Date | null;
    recordedAt: Date;
    hash: string | null;
    prevHash: string | null;
  };
  notice: { version: number; language: string };
  /** The exact text shown, as stored in consent_texts. */
  text: { sha256: string; text: string };
  /** The partner's words recorded with the decision (docs/decisions/022); null on rows from before. */
  words: { sha256: string; json: string; fields: string[] } | null;
  principalId: string;
  /** The partner as shown: from the recorded words when there are any (get-receipt.ts). */
  partner: PartnerSummary;
  event: { id: number; name: string };
  device: { name: string } | null;
};

/** Where an attendee withdraws; the path without the token, which only its holder has. */
export const PERSONAL_PAGE_PATH = "/me";

/**
 * The attendee as the receipt names them: stable, and neither their email nor their badge code.
 * The personal token is 256 random bits, so its hash gives nothing away about it.
 */
export function pseudonymFor(personalToken: string): string {
  return pseudonymOfHash(sha256Hex(personalToken));
}

/** The same pseudonym from the token's stored sha256 (the database keeps no token: decision 019). */
export const pseudonymOfHash = (personalTokenSha256: string): string => `att-${personalTokenSha256.slice(0, 20)}`;

/** How to withdraw, in the words (and language) of the notice the attendee read. */
function withdrawalText(partner: ReceiptSource["partner"], language: string): string {
  return renderNoticeText("{withdraw}", partner, isLanguage(language) ? language : "en");
}

/** The fields shared, by their English names: the recorded ones where the notice's language lists them. */
function sharedFields(recorded: string[] | undefined, language: string): readonly string[] {
  if (!recorded) return SHARED_FIELDS.en;
  const shown = SHARED_FIELDS[isLanguage(language) ? language : "en"];
  return recorded.map((f) => SHARED_FIELDS.en[shown.indexOf(f)] ?? f);
}

export function buildReceipt(src: ReceiptSource): ConsentReceipt {
  const { consent, partner } = src;
  const controllerId = `partner-${partner.id}`;
  const atDevice = consent.method === "booth_device" && src.device;
  return {
    record: { schema_version: SCHEMA_VERSION, record_id: `fairlead-consent-${consent.id}`, pii_principal_id: src.principalId },
    pii_processing: {
      privacy_notice: {
        version: src.notice.version,
        language: src.notice.language,
        sha256: src.text.sha256,
        text: src.text.text,
        // Without recorded words the partner below reads as it does today; the text is what was shown.
        words_recorded: src.words !== null,
        partner_words: src.words && { sha256: src.words.sha256, json: src.words.json },
      },
      language: consent.language,
      purposes: [
        {
          purpose: partner.purpose,
          lawful_basis: "consent",
          pii_information: sharedFields(src.words?.fields, consent.language).map((f) => PII_TYPE_OF_FIELD[f] ?? f),
          pii_controllers: [controllerId],
          collection_method: COLLECTION_METHOD[consent.method],
          withdrawal_method: `${PERSONAL_PAGE_PATH}: ${withdrawalText(partner, consent.language)}`,
        },
      ],
    },
    party_identification: [
      {
        party_id: controllerId,
        party_name: partner.name,
        party_role: "PII Controller",
        party_email: partner.contactEmail,
        party_url: partner.privacyUrl,
        booth: partner.booth,
      },
      { party_id: `event-${src.event.id}`, party_name: src.event.name, party_role: "Organizer" },
    ],
    event: [
      {
        // The device's time, clamped (lib/booth/clamp-device-time.ts), with its raw claim if it
        // was; recorded_at, the server's receipt, is the time that orders the ledger.
        event_time: consent.deviceTime.toISOString(),
        event_time_claimed: consent.deviceClaim?.toISOString() ?? null,
        recorded_at: consent.recordedAt.toISOString(),
        entity_id: src.principalId,
        type: "explicit",
        state: STATE_OF_ACTION[consent.action],
        how: {
          method: consent.method,
          device_name: atDevice ? src.device!.name : null,
          booth: atDevice ? partner.booth : null,
          scan_id: consent.scanId,
        },
      },
    ],
    // Rows written before the hash chain existed have an empty hash.
    ledger: { hash: consent.hash || null, prev_hash: consent.prevHash ?? null },
  };
}
