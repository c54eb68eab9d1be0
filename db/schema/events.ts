// Events and the organizers who run them.
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns";

/** What kind of party an organizer or partner is (a DPV entity type on receipts). */
export const PARTY_TYPES = ["company", "non_profit", "public_body", "individual"] as const;

export const events = sqliteTable("events", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  startsOn: text("starts_on"),
  /** The event's last day (YYYY-MM-DD); null: it ends the day it starts. The retention period counts from it. */
  endsOn: text("ends_on"),
  // The organizer as a party on consent receipts (ISO/IEC TS 27560), and where the data lives:
  // entered on the event's Legal details page; null is "not stated" on a receipt
  // (docs/decisions/024-receipts-27560.md).
  legalName: text("legal_name"),
  legalAddress: text("legal_address"),
  legalContactEmail: text("legal_contact_email"),
  partyType: text("party_type", { enum: PARTY_TYPES }),
  /** ISO 3166-1 alpha-2, e.g. DE. */
  jurisdiction: text("jurisdiction"),
  storageLocation: text("storage_location"),
  /**
   * Days after the event's last day that attendees' personal data is kept: then it is purged
   * (lib/retention/, docs/decisions/027). Shown on the consent notice and on receipts.
   */
  retentionDays: integer("retention_days").notNull().default(90),
  /** The IANA zone the event happens in (e.g. Europe/Berlin): times attendees read are stated in it (docs/decisions/044). */
  timeZone: text("time_zone").notNull().default("UTC"),
  /** Whether partners' webhooks may go to private and internal addresses (decision 037): off unless the organizer allows it. */
  webhooksAllowPrivate: integer("webhooks_allow_private", { mode: "boolean" }).notNull().default(false),
  supervisoryAuthorityName: text("supervisory_authority_name"),
  supervisoryAuthorityUrl: text("supervisory_authority_url"),
  createdAt: createdAt(),
});

/** The owning event: every row belongs to exactly one, and goes with it. */
export const eventRef = () =>
  integer("event_id")
    .notNull()
    .references(() => events.id, { onDelete: "cascade" });

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

export type Event = typeof events.$inferSelect;
export type User = typeof users.$inferSelect;
