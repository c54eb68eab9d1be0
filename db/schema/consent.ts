// Scans and the consent ledger, with the notices and exact texts that decisions refer to.
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { attendees } from "./attendees";
import { devices, partners } from "./booths";
import { createdAt } from "./columns";
import { eventRef, events, users } from "./events";

/** What a ledger row records: an attendee's grant, decline or withdrawal, or a lapse (not the attendee's). */
export const CONSENT_ACTIONS = ["grant", "decline", "withdraw", "lapse"] as const;
export type ConsentAction = (typeof CONSENT_ACTIONS)[number];
/**
 * Where a decision was made. The rest name a lapse's cause: "partner_change", a change of the
 * partner's words; "erasure", the attendee's data erased on request; "retention", erased at the
 * end of the event's retention period (docs/decisions/027).
 */
export const CONSENT_METHODS = ["booth_device", "personal_page", "partner_change", "erasure", "retention"] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/** A version of the event's consent notice template, in one language. */
export const consentNotices = sqliteTable(
  "consent_notices",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: eventRef(),
    version: integer("version").notNull(),
    language: text("language").notNull(),
    template: text("template").notNull(),
    sha256: text("sha256").notNull(),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("consent_notices_version").on(t.eventId, t.version, t.language)],
);

/** The exact text an attendee was shown (a notice rendered for one partner), by its sha256. */
export const consentTexts = sqliteTable("consent_texts", {
  sha256: text("sha256").primaryKey(),
  text: text("text").notNull(),
});

/**
 * The partner's words as an attendee was shown them (name, booth, purpose, privacy link, the
 * fields shared, in the notice's language), as canonical JSON by its sha256: content-addressed
 * like consent_texts, so each distinct wording is kept once (docs/decisions/022).
 */
export const consentPartnerWords = sqliteTable("consent_partner_words", {
  sha256: text("sha256").primaryKey(),
  words: text("words").notNull(),
});

/** One read of one badge at one partner's booth. The id is made by the device. */
export const scans = sqliteTable(
  "scans",
  {
    id: text("id").primaryKey(),
    eventId: eventRef(),
    partnerId: integer("partner_id")
      .notNull()
      .references(() => partners.id, { onDelete: "cascade" }),
    deviceId: integer("device_id")
      .notNull()
      .references(() => devices.id, { onDelete: "cascade" }),
    attendeeId: integer("attendee_id")
      .notNull()
      .references(() => attendees.id, { onDelete: "cascade" }),
    // The device's time of the read, clamped to [the device's pairing, received_at]
    // (lib/booth/clamp-device-time.ts), with its raw claim when it fell outside, else null.
    scannedAt: integer("scanned_at", { mode: "timestamp_ms" }).notNull(),
    scannedClaim: integer("scanned_claim", { mode: "timestamp_ms" }),
    receivedAt: integer("received_at", { mode: "timestamp_ms" }).notNull(),
    // How the phone says the badge code was entered: read by its camera or typed by staff. The
    // phone's claim, not a fact; null from phones that did not say (before migration 0016).
    // Read by the dashboard's phone flags (lib/dashboard/phone-flags.ts, docs/decisions/025).
    source: text("source", { enum: ["camera", "typed"] }),
  },
  (t) => [
    // Covering indexes: exports and eligibility read visits without touching the table (docs/decisions/008).
    index("scans_partner_attendee_time").on(t.partnerId, t.attendeeId, t.scannedAt, t.deviceId),
    index("scans_event_attendee_time").on(t.eventId, t.attendeeId, t.scannedAt, t.partnerId),
    index("scans_event_received").on(t.eventId, t.receivedAt),
  ],
);

/** The append-only consent ledger. Current consent for a pair is derived (lib/consent/current-consent.ts). */
export const consentEvents = sqliteTable(
  "consent_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    // No cascade: the ledger is proof, and deleting an event must not silently erase it.
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id),
    attendeeId: integer("attendee_id")
      .notNull()
      .references(() => attendees.id),
    partnerId: integer("partner_id")
      .notNull()
      .references(() => partners.id),
    // "lapse": the consent ended because the partner changed what it tells attendees
    // (docs/decisions/023); its method names the cause.
    action: text("action", { enum: CONSENT_ACTIONS }).notNull(),
    noticeId: integer("notice_id")
      .notNull()
      .references(() => consentNotices.id),
    textSha256: text("text_sha256")
      .notNull()
      .references(() => consentTexts.sha256),
    language: text("language").notNull(),
    // The partner's words as shown (consent_partner_words); null on rows written before they were
    // recorded (docs/decisions/022): their hash does not cover any.
    wordsSha256: text("words_sha256").references(() => consentPartnerWords.sha256),
    method: text("method", { enum: CONSENT_METHODS }).notNull(),
    deviceId: integer("device_id").references(() => devices.id),
    // A decision taken at the booth answers exactly one scan: retries find the first answer.
    scanId: text("scan_id")
      .unique()
      .references(() => scans.id),
    // Decisions made elsewhere (the attendee's own page) carry a client-made id instead.
    clientId: text("client_id").unique(),
    // The time the device claims for the decision, clamped to [the device's pairing, recorded_at]
    // (lib/booth/clamp-device-time.ts); the attendee's page has no device clock: its time is the
    // server's. Shown as "device time"; it orders nothing.
    deviceTime: integer("device_time", { mode: "timestamp_ms" }).notNull(),
    // The device's raw claim when it fell outside that range (then device_time is the bound), else null.
    deviceClaim: integer("device_claim", { mode: "timestamp_ms" }),
    // When the server received the decision. The ledger's order is the order of receipt: with one
    // writer, ids follow it (db/client.ts), so a pair's standing decision is its row with the highest id.
    recordedAt: integer("recorded_at", { mode: "timestamp_ms" }).notNull(),
    // Hash chain per event: hash = sha256(prev_hash + this row's canonical content).
    // Editing or deleting any row breaks every hash after it (lib/consent/ledger.ts).
    prevHash: text("prev_hash"),
    hash: text("hash").notNull().default(""),
  },
  (t) => [
    // A pair's rows in the ledger's order (id), with the action: handed-over.ts reads one per export.
    index("consent_events_pair").on(t.partnerId, t.attendeeId, t.id, t.action),
    index("consent_events_attendee").on(t.attendeeId, t.partnerId, t.id),
    index("consent_events_event").on(t.eventId, t.id),
  ],
);

export type ConsentNotice = typeof consentNotices.$inferSelect;
export type Scan = typeof scans.$inferSelect;
export type ConsentEvent = typeof consentEvents.$inferSelect;

/**
 * The standing decision of each (partner, attendee) pair: a projection of the ledger, written
 * in the transaction of every append (lib/consent/ledger.ts): the pair's newest row, the last
 * one the server received (docs/decisions/018). It holds nothing the ledger does not:
 * verify-ledger rebuilds it from the ledger and compares (docs/decisions/012).
 */
export const currentConsent = sqliteTable(
  "current_consent",
  {
    partnerId: integer("partner_id")
      .notNull()
      .references(() => partners.id),
    attendeeId: integer("attendee_id")
      .notNull()
      .references(() => attendees.id),
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id),
    consentId: integer("consent_id")
      .notNull()
      .references(() => consentEvents.id),
    action: text("action", { enum: CONSENT_ACTIONS }).notNull(),
    /** When the server received the standing decision: the time exports, lists and receipts give it. */
    recordedAt: integer("recorded_at", { mode: "timestamp_ms" }).notNull(),
    noticeId: integer("notice_id").notNull(),
    language: text("language").notNull(),
    deviceId: integer("device_id"),
  },
  (t) => [primaryKey({ columns: [t.partnerId, t.attendeeId] }), index("current_consent_attendee").on(t.attendeeId)],
);

/** Each (partner, attendee) pair's visits in brief, kept with every scan (lib/scans/record-scan.ts). */
export const partnerVisits = sqliteTable(
  "partner_visits",
  {
    partnerId: integer("partner_id")
      .notNull()
      .references(() => partners.id, { onDelete: "cascade" }),
    attendeeId: integer("attendee_id")
      .notNull()
      .references(() => attendees.id, { onDelete: "cascade" }),
    firstAt: integer("first_at", { mode: "timestamp_ms" }).notNull(),
    lastAt: integer("last_at", { mode: "timestamp_ms" }).notNull(),
    /** The device of the latest visit (the one at lastAt). */
    lastDeviceId: integer("last_device_id")
      .notNull()
      .references(() => devices.id, { onDelete: "cascade" }),
    visits: integer("visits").notNull(),
  },
  (t) => [primaryKey({ columns: [t.partnerId, t.attendeeId] })],
);

export type CurrentConsent = typeof currentConsent.$inferSelect;
