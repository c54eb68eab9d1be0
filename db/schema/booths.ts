// Partners (exhibitors, sponsors), their booth devices and the links that pair them.
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns";
import { PARTY_TYPES, eventRef, users } from "./events";

export const partners = sqliteTable(
  "partners",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: eventRef(),
    name: text("name").notNull(),
    booth: text("booth").notNull(),
    contactEmail: text("contact_email"),
    privacyUrl: text("privacy_url").notNull(),
    purpose: text("purpose").notNull(),
    // The purpose in German, written by the organizer; null shows the English one, marked (lib/i18n/translated.ts).
    purposeDe: text("purpose_de"),
    // The partner as a party on receipts (not its words: changing these lapses no consent).
    legalName: text("legal_name"),
    legalAddress: text("legal_address"),
    legalContactEmail: text("legal_contact_email"),
    partyType: text("party_type", { enum: PARTY_TYPES }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("partners_event_name").on(t.eventId, t.name)],
);

export const devices = sqliteTable(
  "devices",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: eventRef(),
    partnerId: integer("partner_id")
      .notNull()
      .references(() => partners.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    pairedAt: createdAt(),
    lastSeenAt: integer("last_seen_at", { mode: "timestamp_ms" }),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
    // Badge codes this phone sent that no attendee has, and when its badge lookups were last
    // refused (lib/booth/lookup-meter.ts): what the dashboard shows of guessing (docs/decisions/032).
    badgeMisses: integer("badge_misses").notNull().default(0),
    lookupsLimitedAt: integer("lookups_limited_at", { mode: "timestamp_ms" }),
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
    eventId: eventRef(),
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

export type Partner = typeof partners.$inferSelect;
export type Device = typeof devices.$inferSelect;
