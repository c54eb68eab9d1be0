// The consent receipt: one consent event as a record in the structure of ISO/IEC TS 27560
// (consent record information structure), with the snake_case names of the DPV guide's
// example record (https://w3id.org/dpv/guides/consent-27560). Types and constants only, so
// components may import them.
import type { InclusionProof, PublishedKey } from "../../ledger/checkpoint-statement";

export const SCHEMA_VERSION = "ISO/IEC TS 27560:2023";

export type ReceiptState = "given" | "refused" | "withdrawn" | "expired";

/** The ledger's action, as 27560 names the state of consent it leaves. */
/** A lapse (the partner changed its words: docs/decisions/023) leaves the consent "expired". */
export const STATE_OF_ACTION = { grant: "given", decline: "refused", withdraw: "withdrawn", lapse: "expired" } as const satisfies Record<
  "grant" | "decline" | "withdraw" | "lapse",
  ReceiptState
>;

/**
 * Each field a lead carries, by its English name in the notice (lib/consent/notice-text.ts
 * SHARED_FIELDS.en), as a DPV personal-data type name (https://w3id.org/dpv/pd).
 */
export const PII_TYPE_OF_FIELD: Readonly<Record<string, string>> = {
  name: "Name",
  "email address": "EmailAddress",
  "phone number": "PhoneNumber",
  company: "Employer",
  "job title": "JobTitle",
  country: "Country",
};

export const COLLECTION_METHOD = {
  booth_device: "booth device",
  personal_page: "attendee's own page",
  partner_change: "ended by a change of the partner's notice",
} as const;

export type ReceiptParty =
  | {
      party_id: string;
      party_name: string;
      party_role: "PII Controller";
      party_email: string | null;
      party_url: string;
      booth: string;
    }
  | { party_id: string; party_name: string; party_role: "Organizer" };

export type ConsentReceipt = {
  record: { schema_version: typeof SCHEMA_VERSION; record_id: string; pii_principal_id: string };
  pii_processing: {
    privacy_notice: {
      version: number;
      language: string;
      sha256: string;
      text: string;
      /** false on decisions recorded before the partner's words were (the partner then reads as it does today). */
      words_recorded: boolean;
      /** The partner's words as shown, exactly as recorded (canonical JSON), and their sha256, which the ledger row's hash covers. */
      partner_words: { sha256: string; json: string } | null;
    };
    language: string;
    purposes: {
      purpose: string;
      lawful_basis: "consent";
      pii_information: string[];
      pii_controllers: string[];
      collection_method: (typeof COLLECTION_METHOD)[keyof typeof COLLECTION_METHOD];
      withdrawal_method: string;
    }[];
  };
  party_identification: ReceiptParty[];
  event: {
    /** The device time ("device time" on the receipt): the device's claim within [its pairing, recorded_at]. */
    event_time: string;
    /** The device's raw claim when it fell outside that range (event_time is then the bound), else null. */
    event_time_claimed: string | null;
    /** When the server received the decision: the ledger's order. */
    recorded_at: string;
    entity_id: string;
    type: "explicit";
    state: ReceiptState;
    how: { method: keyof typeof COLLECTION_METHOD; device_name: string | null; booth: string | null; scan_id: string | null };
  }[];
  ledger: { hash: string | null; prev_hash: string | null };
};

/**
 * What a receipt holder needs to check it with no database (verify-receipt): the ledger row as
 * its hash covers it, the proof that the row is under a signed checkpoint, and the key.
 */
export type ReceiptProof = {
  /** The row's fields as lib/consent/ledger.ts hashes them (ids included); times as {"$date": ISO}. */
  entry: Record<string, unknown>;
  /** null while the row is newer than the event's latest checkpoint (at most about 5 minutes). */
  inclusion: InclusionProof | null;
  /** The key as the event publishes it; check it against the published one (checkpoints_path). */
  key: PublishedKey | null;
  checkpoints_path: string;
};

export type ProvableReceipt = ConsentReceipt & { proof?: ReceiptProof };
