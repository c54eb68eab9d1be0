// A change of what a partner tells attendees (name, purpose, privacy link) made while consents
// stood: the words before and after, and how many consents it ended. Each lapse row in the
// ledger names its change by client id (lib/consent/lapse-consents.ts); the lapse notice to the
// attendee is built from it at send time (lib/mail/lapse-notice.ts, docs/decisions/023).
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { partners } from "./booths";
import { createdAt } from "./columns";
import { eventRef, users } from "./events";

/** The words a change may touch; booth and contact email are not among them. */
// purposeDe: absent in rows written before the German purpose counted (decision 023).
export type ChangedWords = { name: string; purpose: string; privacyUrl: string; purposeDe?: string | null };

export const partnerChanges = sqliteTable("partner_changes", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  eventId: eventRef(),
  // No cascade, as for the ledger rows that name this change.
  partnerId: integer("partner_id")
    .notNull()
    .references(() => partners.id),
  before: text("before", { mode: "json" }).$type<ChangedWords>().notNull(),
  after: text("after", { mode: "json" }).$type<ChangedWords>().notNull(),
  lapsed: integer("lapsed").notNull(),
  userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
  actorLabel: text("actor_label").notNull(),
  createdAt: createdAt(),
});

export type PartnerChange = typeof partnerChanges.$inferSelect;
