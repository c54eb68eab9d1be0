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
  erasure: "ended by the erasure of the attendee's data on request",
  retention: "ended by the erasure of the attendee's data at the end of the retention period",
} as const;

/**
 * Whether a field may be missing from a lead: name and email are always there (an attendee's
 * registration requires them); the others only when the attendee gave them at registration.
 */
export const PII_OPTIONAL: Readonly<Record<string, boolean>> = {
  Name: false,
  EmailAddress: false,
  PhoneNumber: true,
  Employer: true,
  JobTitle: true,
  Country: true,
};

/**
 * JSON-LD: the receipt's terms as DPV (https://w3id.org/dpv) names them. Inline, so nothing is
 * fetched to read it; the 27560 profile is named by its IRI.
 */
export const JSONLD_CONTEXT = {
  dpv: "https://w3id.org/dpv#",
  pd: "https://w3id.org/dpv/pd#",
  "eu-gdpr": "https://w3id.org/dpv/legal/eu/gdpr#",
  dct: "http://purl.org/dc/terms/",
  "dpv-27560": "https://w3id.org/dpv/schema/dpv-27560#",
} as const;

/** Lead sharing: the partner contacts the attendee about its offer (a DPV purpose category). */
export const PURPOSE_TYPE = "dpv:DirectMarketing";

/** A party's type as a DPV entity (db/schema PARTY_TYPES). */
export const DPV_PARTY_TYPE = {
  company: "dpv:ForProfitOrganisation",
  non_profit: "dpv:NonProfitOrganisation",
  public_body: "dpv:GovernmentalOrganisation",
  individual: "dpv:NaturalPerson",
} as const;

/** The roles a receipt names (docs/decisions/024-receipts-27560.md). */
export const ROLES = {
  controller: { party_role: "PII Controller", dpv_role: "dpv:DataController" },
  processor: { party_role: "PII Processor", dpv_role: "dpv:DataProcessor" },
  authority: { party_role: "Authority", dpv_role: "dpv:SupervisoryAuthority" },
} as const;

type Role = (typeof ROLES)[keyof typeof ROLES];

/** Every field is null when the organizer has not stated it ("not stated" on the receipt). */
export type ReceiptParty = Role & {
  party_id: string;
  /** As attendees know the party: the partner's or event's name, the authority's name. */
  party_name: string | null;
  party_legal_name: string | null;
  party_address: string | null;
  /** The party's contact for data-protection matters. */
  party_contact: { contact_type: "email"; contact_information: string }[] | null;
  party_email: string | null;
  party_url: string | null;
  party_type: (typeof DPV_PARTY_TYPE)[keyof typeof DPV_PARTY_TYPE] | null;
  booth?: string;
};

export type ReceiptRight = { right: string; dpv_right: string; how: string };

export type ReceiptHistoryEntry = {
  record_id: string;
  recorded_at: string;
  event_time: string;
  event_time_claimed: string | null;
  state: ReceiptState;
  method: keyof typeof COLLECTION_METHOD;
};

export type ConsentReceipt = {
  "@context": typeof JSONLD_CONTEXT;
  record: { schema_version: typeof SCHEMA_VERSION; record_id: string; receipt_id: string; pii_principal_id: string };
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
      purpose_type: typeof PURPOSE_TYPE;
      lawful_basis: "consent";
      pii_information: { pii_type: string; dpv_type: string; pii_optional: boolean; sensitive_pii_category: false; special_pii_category: false }[];
      pii_controllers: string[];
      /** Who receives the shared fields, and as what. */
      recipients: (Role & { party_id: string })[];
      collection_method: (typeof COLLECTION_METHOD)[keyof typeof COLLECTION_METHOD];
      withdrawal_method: string;
      /** ISO 3166-1 alpha-2. */
      jurisdiction: string | null;
      storage_locations: string[] | null;
      processing_locations: string[] | null;
      /** ISO 8601 duration after the event ends, and in words. */
      retention_period: { duration: string; text: string } | null;
      privacy_rights: ReceiptRight[];
      authority_party: string;
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
    /** How long this decision stands. */
    validity: { until: string; at_most: string | null };
  }[];
  /** Every ledger row of this attendee–partner pair up to this one, oldest first. */
  decision_history: ReceiptHistoryEntry[];
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

/**
 * A detached-payload JWS (RFC 7515 appendix F; Ed25519, RFC 8037) over the receipt's canonical
 * JSON without this member (lib/consent/receipts/sign-receipt.ts).
 */
export type ReceiptSignature = { jws: string; kid: string; payload: "canonical JSON (RFC 8785) of the receipt without its signature member" };

export type ProvableReceipt = ConsentReceipt & { proof?: ReceiptProof; signature?: ReceiptSignature | null };
