// What a partner sends an attendee who shares with it, per language (issue 16 §1): the promise
// the consent screen states (part of the notice, so each decision's text hash covers it), and
// the message with its links that the share confirmation carries at once.
import { sql } from "drizzle-orm";
import { integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { partners } from "./booths";

export type FollowUpLink = { label: string; url: string };

export const partnerFollowUps = sqliteTable(
  "partner_follow_ups",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    partnerId: integer("partner_id")
      .notNull()
      .references(() => partners.id, { onDelete: "cascade" }),
    language: text("language").notNull(),
    /** One sentence on the consent screen: "Contoso will email you the product sheet now …". */
    promise: text("promise").notNull(),
    message: text("message").notNull(),
    links: text("links", { mode: "json" }).$type<FollowUpLink[]>().notNull(),
    /** Where the attendee's answer goes (blank: the partner's contact email). */
    replyTo: text("reply_to"),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" })
      .notNull()
      .default(sql`(cast(unixepoch('subsec') * 1000 as integer))`),
  },
  (t) => [uniqueIndex("partner_follow_ups_partner_language").on(t.partnerId, t.language)],
);

export type PartnerFollowUp = typeof partnerFollowUps.$inferSelect;
