// The Fairlead data model (see docs/decisions/001-foundation.md).
// Times are integer milliseconds since the epoch (drizzle maps them to Date).
// Every row belongs to exactly one event, directly or through its parent.
import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";

const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(cast(unixepoch('subsec') * 1000 as integer))`);

export const events = sqliteTable("events", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  startsOn: text("starts_on"),
  createdAt: createdAt(),
});

export const users = sqliteTable("users", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  passwordHash: text("password_hash").notNull(),
  createdAt: createdAt(),
});

export const eventOrganizers = sqliteTable(
  "event_organizers",
  {
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["owner", "organizer"] }).notNull().default("organizer"),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.userId] }), index("event_organizers_user").on(t.userId)],
);

export const partners = sqliteTable(
  "partners",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    booth: text("booth").notNull(),
    contactEmail: text("contact_email"),
    privacyUrl: text("privacy_url").notNull(),
    purpose: text("purpose").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("partners_event_name").on(t.eventId, t.name)],
);

export const devices = sqliteTable(
  "devices",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    partnerId: integer("partner_id")
      .notNull()
      .references(() => partners.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    pairedAt: createdAt(),
    lastSeenAt: integer("last_seen_at", { mode: "timestamp_ms" }),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("devices_partner").on(t.partnerId)],
);

/** A single-use, expiring link that pairs one browser as a device of one partner. */
export const pairingLinks = sqliteTable(
  "pairing_links",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    // sha256 of the token in the link: a copy of the database does not hand out pairings.
    tokenHash: text("token_hash").notNull().unique(),
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    partnerId: integer("partner_id")
      .notNull()
      .references(() => partners.id, { onDelete: "cascade" }),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    usedAt: integer("used_at", { mode: "timestamp_ms" }),
    deviceId: integer("device_id").references(() => devices.id, { onDelete: "set null" }),
  },
  (t) => [index("pairing_links_partner").on(t.partnerId)],
);

/** Server-side sessions. The cookie holds a 256-bit token; the row holds its sha256. */
export const sessions = sqliteTable(
  "sessions",
  {
    idHash: text("id_hash").primaryKey(),
    kind: text("kind", { enum: ["organizer", "device"] }).notNull(),
    userId: integer("user_id").references(() => users.id, { onDelete: "cascade" }),
    deviceId: integer("device_id").references(() => devices.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    index("sessions_user").on(t.userId),
    index("sessions_device").on(t.deviceId),
    check(
      "sessions_one_owner",
      sql`(${t.kind} = 'organizer' and ${t.userId} is not null and ${t.deviceId} is null)
       or (${t.kind} = 'device' and ${t.deviceId} is not null and ${t.userId} is null)`,
    ),
  ],
);

export const attendees = sqliteTable(
  "attendees",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull(),
    email: text("email").notNull(),
    phone: text("phone"),
    company: text("company"),
    jobTitle: text("job_title"),
    country: text("country"),
    companySize: text("company_size"),
    industry: text("industry"),
    // The registration system's id for this person, used to match re-imports.
    externalId: text("external_id"),
    badgeCode: text("badge_code").notNull(),
    badgeSource: text("badge_source", { enum: ["issued", "vendor"] }).notNull(),
    // The attendee's own page is reached with this token, never with the badge code.
    personalToken: text("personal_token").notNull().unique(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("attendees_event_badge").on(t.eventId, t.badgeCode),
    uniqueIndex("attendees_event_external")
      .on(t.eventId, t.externalId)
      .where(sql`${t.externalId} is not null`),
    index("attendees_event_email").on(t.eventId, t.email),
  ],
);

/** A version of the event's consent notice template, in one language. */
export const consentNotices = sqliteTable(
  "consent_notices",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
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

/** One read of one badge at one partner's booth. The id is made by the device. */
export const scans = sqliteTable(
  "scans",
  {
    id: text("id").primaryKey(),
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    partnerId: integer("partner_id")
      .notNull()
      .references(() => partners.id, { onDelete: "cascade" }),
    deviceId: integer("device_id")
      .notNull()
      .references(() => devices.id, { onDelete: "cascade" }),
    attendeeId: integer("attendee_id")
      .notNull()
      .references(() => attendees.id, { onDelete: "cascade" }),
    scannedAt: integer("scanned_at", { mode: "timestamp_ms" }).notNull(),
    receivedAt: integer("received_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    index("scans_partner_attendee").on(t.partnerId, t.attendeeId),
    index("scans_event_attendee").on(t.eventId, t.attendeeId, t.partnerId),
    index("scans_event_received").on(t.eventId, t.receivedAt),
  ],
);

/** The append-only consent ledger. Current consent for a pair is its latest row. */
export const consentEvents = sqliteTable(
  "consent_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id),
    attendeeId: integer("attendee_id")
      .notNull()
      .references(() => attendees.id),
    partnerId: integer("partner_id")
      .notNull()
      .references(() => partners.id),
    action: text("action", { enum: ["grant", "decline", "withdraw"] }).notNull(),
    noticeId: integer("notice_id")
      .notNull()
      .references(() => consentNotices.id),
    textSha256: text("text_sha256")
      .notNull()
      .references(() => consentTexts.sha256),
    language: text("language").notNull(),
    method: text("method", { enum: ["booth_device", "personal_page"] }).notNull(),
    deviceId: integer("device_id").references(() => devices.id),
    // A decision taken at the booth answers exactly one scan: retries find the first answer.
    scanId: text("scan_id")
      .unique()
      .references(() => scans.id),
    occurredAt: integer("occurred_at", { mode: "timestamp_ms" }).notNull(),
    recordedAt: integer("recorded_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    index("consent_events_pair").on(t.partnerId, t.attendeeId, t.id),
    index("consent_events_attendee").on(t.attendeeId, t.partnerId, t.id),
    index("consent_events_event").on(t.eventId, t.id),
  ],
);

export const drawings = sqliteTable(
  "drawings",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    prize: text("prize").notNull(),
    winners: integer("winners").notNull().default(1),
    // Eligibility: at least minPartners distinct booths, or minFraction of all partners.
    minPartners: integer("min_partners"),
    minFraction: real("min_fraction"),
    closesAt: integer("closes_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [index("drawings_event").on(t.eventId)],
);

/** The attendee's own opt-in to a drawing. Kept apart from consent, and never read by it. */
export const drawingEntries = sqliteTable(
  "drawing_entries",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    drawingId: integer("drawing_id")
      .notNull()
      .references(() => drawings.id, { onDelete: "cascade" }),
    attendeeId: integer("attendee_id")
      .notNull()
      .references(() => attendees.id, { onDelete: "cascade" }),
    source: text("source", { enum: ["booth_device", "personal_page"] }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("drawing_entries_once").on(t.drawingId, t.attendeeId)],
);

/** Who exported which partner's leads, when, how many rows, and the file's sha256. */
export const exports = sqliteTable(
  "exports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: integer("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    partnerId: integer("partner_id")
      .notNull()
      .references(() => partners.id, { onDelete: "cascade" }),
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    // "organizer:<email>" or "cli": readable even after a user is deleted.
    actorLabel: text("actor_label").notNull(),
    format: text("format", { enum: ["csv"] }).notNull(),
    rows: integer("rows").notNull(),
    sha256: text("sha256").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("exports_partner").on(t.partnerId, t.createdAt)],
);

export type Event = typeof events.$inferSelect;
export type User = typeof users.$inferSelect;
export type Partner = typeof partners.$inferSelect;
export type Device = typeof devices.$inferSelect;
export type Attendee = typeof attendees.$inferSelect;
export type ConsentNotice = typeof consentNotices.$inferSelect;
export type Scan = typeof scans.$inferSelect;
export type ConsentEvent = typeof consentEvents.$inferSelect;
export type Drawing = typeof drawings.$inferSelect;
export type DrawingEntry = typeof drawingEntries.$inferSelect;
export type ExportRecord = typeof exports.$inferSelect;
