// Registered people: their contact details, badge code and personal-page token.
import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns";
import { eventRef } from "./events";

export const attendees = sqliteTable(
  "attendees",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: eventRef(),
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
    // The attendee's own page is reached with a token, never with the badge code. Stored as its
    // sha256 (the lookup), and sealed under a key kept outside the database for printing the
    // badge (lib/auth/personal-token.ts, docs/decisions/019). A row without a sealed copy is
    // from before migration 0010 and holds its raw token until the first start seals it.
    personalTokenSha256: text("personal_token_sha256").notNull().unique(),
    personalTokenSealed: text("personal_token_sealed"),
    // The language the attendee last chose (consent screen or their page): their next screens
    // and emails follow it. Null until they choose (lib/i18n/language.ts: English).
    language: text("language"),
    // When the attendee's personal data was erased (on request, or at the end of the retention
    // period): the row stays, as the ledger's pseudonymous id, with its contact fields blanked
    // and its links dead (lib/retention/erase-attendee.ts, docs/decisions/027).
    erasedAt: integer("erased_at", { mode: "timestamp_ms" }),
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

export type Attendee = typeof attendees.$inferSelect;
