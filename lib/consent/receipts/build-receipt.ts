// Builds the receipt of one consent event from what the ledger holds. Pure: no database, no
// clock; the same rows always give the same receipt.
import { sha256Hex } from "../../crypto";
import type { EventLegal, PartnerLegal } from "../../parties/legal-details";
import type { PartnerSummary } from "../../partners/partners";
import { SHARED_FIELDS, isLanguage, renderNoticeText } from "../notice-text";
import {
  COLLECTION_METHOD,
  JSONLD_CONTEXT,
  PII_OPTIONAL,
  PII_TYPE_OF_FIELD,
  PURPOSE_TYPE,
  ROLES,
  SCHEMA_VERSION,
  STATE_OF_ACTION,
  type ConsentReceipt,
} from "./receipt";
import { AUTHORITY_ID, receiptParties, receiptRights } from "./receipt-parties";

type LedgerRow = {
  id: number;
  action: keyof typeof STATE_OF_ACTION;
  method: keyof typeof COLLECTION_METHOD;
  deviceTime: Date;
  deviceClaim: Date | null;
  recordedAt: Date;
};

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
  /** The organizer's legal details for the event; null fields are "not stated". */
  eventLegal: EventLegal;
  /** The partner's legal details (apart from its words in `partner`). */
  partnerLegal: PartnerLegal;
  /** The pair's ledger rows up to and including this one, oldest first. */
  history: LedgerRow[];
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

const recordId = (consentId: number) => `fairlead-consent-${consentId}`;

/**
 * Stable per ledger row: its hash (which covers the event, the pair, the decision and the chain
 * before it), so downloading a receipt twice names the same receipt. Rows from before the hash
 * chain fall back to the event and row ids.
 */
export const receiptIdOf = (eventId: number, consentId: number, hash: string | null) =>
  hash ? `urn:fairlead:receipt:${hash.slice(0, 32)}` : `urn:fairlead:receipt:event-${eventId}-consent-${consentId}`;

/**
 * "90 days after the event's last day", ISO 8601 "P90D". Receipts issued before issue 12 said
 * months ("P12M"); they are signed as issued and still verify (docs/decisions/027).
 */
function retention(days: number) {
  return { duration: `P${days}D`, text: `${days} ${days === 1 ? "day" : "days"} after the event's last day, then the attendee's contact details are erased` };
}

export function buildReceipt(src: ReceiptSource): ConsentReceipt {
  const { consent, partner, eventLegal } = src;
  const controllerId = `partner-${partner.id}`;
  const atDevice = consent.method === "booth_device" && src.device;
  const withdrawal = `${PERSONAL_PAGE_PATH}: ${withdrawalText(partner, consent.language)}`;
  const keptFor = retention(eventLegal.retentionDays);
  const location = eventLegal.storageLocation === null ? null : [eventLegal.storageLocation];
  const state = STATE_OF_ACTION[consent.action];
  return {
    "@context": JSONLD_CONTEXT,
    record: {
      schema_version: SCHEMA_VERSION,
      record_id: recordId(consent.id),
      receipt_id: receiptIdOf(src.event.id, consent.id, consent.hash || null),
      pii_principal_id: src.principalId,
    },
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
          purpose_type: PURPOSE_TYPE,
          lawful_basis: "consent",
          pii_information: sharedFields(src.words?.fields, consent.language).map((f) => {
            const type = PII_TYPE_OF_FIELD[f] ?? f;
            return { pii_type: type, dpv_type: `pd:${type}`, pii_optional: PII_OPTIONAL[type] ?? true, sensitive_pii_category: false, special_pii_category: false };
          }),
          pii_controllers: [controllerId],
          recipients: [{ party_id: controllerId, ...ROLES.controller }],
          collection_method: COLLECTION_METHOD[consent.method],
          withdrawal_method: withdrawal,
          jurisdiction: eventLegal.jurisdiction,
          storage_locations: location,
          processing_locations: location,
          retention_period: keptFor,
          privacy_rights: receiptRights(eventLegal, withdrawal),
          authority_party: AUTHORITY_ID,
        },
      ],
    },
    party_identification: receiptParties(partner, src.partnerLegal, src.event, eventLegal),
    event: [
      {
        // The device's time, clamped (lib/booth/clamp-device-time.ts), with its raw claim if it
        // was; recorded_at, the server's receipt, is the time that orders the ledger.
        event_time: consent.deviceTime.toISOString(),
        event_time_claimed: consent.deviceClaim?.toISOString() ?? null,
        recorded_at: consent.recordedAt.toISOString(),
        entity_id: src.principalId,
        type: "explicit",
        state,
        how: {
          method: consent.method,
          device_name: atDevice ? src.device!.name : null,
          booth: atDevice ? partner.booth : null,
          scan_id: consent.scanId,
        },
        // Consent stands until withdrawn, and the data it shares is kept no longer than the
        // retention period; a refusal or withdrawal stands until the attendee decides again.
        validity:
          state === "given"
            ? { until: "withdrawn by the attendee", at_most: keptFor?.text ?? null }
            : { until: "the attendee decides again", at_most: null },
      },
    ],
    decision_history: src.history.map((h) => ({
      record_id: recordId(h.id),
      recorded_at: h.recordedAt.toISOString(),
      event_time: h.deviceTime.toISOString(),
      event_time_claimed: h.deviceClaim?.toISOString() ?? null,
      state: STATE_OF_ACTION[h.action],
      method: h.method,
    })),
    // Rows written before the hash chain existed have an empty hash.
    ledger: { hash: consent.hash || null, prev_hash: consent.prevHash ?? null },
  };
}
