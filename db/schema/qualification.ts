// Lead qualification: the partner's tag list and questions (set by the organizer for now), and
// what booth devices record about a lead: an append-only history plus the current values.
// Qualification belongs to one grant (consent event): a withdrawal erases it (a trigger in
// migration 0005, docs/decisions/011-lead-qualification.md) and a later share starts afresh.
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { attendees } from "./attendees";
import { devices, partners } from "./booths";
import { createdAt } from "./columns";
import { consentEvents } from "./consent";
import { eventRef } from "./events";

export const RATINGS = ["cold", "warm", "hot"] as const;
export type Rating = (typeof RATINGS)[number];

export const QUESTION_KINDS = ["text", "choice", "yes_no"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** The partner's tags, in the order the booth shows them. Qualifications keep the label itself. */
export const partnerTags = sqliteTable(
  "partner_tags",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    partnerId: integer("partner_id")
      .notNull()
      .references(() => partners.id, { onDelete: "cascade" }),
    label: text("label").notNull(),
    position: integer("position").notNull(),
  },
  (t) => [uniqueIndex("partner_tags_label").on(t.partnerId, t.label), index("partner_tags_order").on(t.partnerId, t.position)],
);

/** The partner's questions. Removed ones stay (removed_at) so older answers keep their label. */
export const partnerQuestions = sqliteTable(
  "partner_questions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    partnerId: integer("partner_id")
      .notNull()
      .references(() => partners.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    kind: text("kind", { enum: QUESTION_KINDS }).notNull(),
    label: text("label").notNull(),
    // For kind = choice: the options, in order.
    choices: text("choices", { mode: "json" }).$type<string[]>(),
    createdAt: createdAt(),
    removedAt: integer("removed_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("partner_questions_order").on(t.partnerId, t.position)],
);

/** Every save of a lead's qualification by a booth device. Never updated; revision n+1 is based on n. */
export const leadQualifications = sqliteTable(
  "lead_qualifications",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: eventRef(),
    partnerId: integer("partner_id")
      .notNull()
      .references(() => partners.id, { onDelete: "cascade" }),
    attendeeId: integer("attendee_id")
      .notNull()
      .references(() => attendees.id, { onDelete: "cascade" }),
    // The grant this qualification belongs to: the lead's standing "share".
    consentId: integer("consent_id")
      .notNull()
      .references(() => consentEvents.id),
    revision: integer("revision").notNull(),
    // The revision the device had on screen when it saved (0: none). Equal to revision - 1 always:
    // a save based on anything older is refused as a conflict.
    basedOn: integer("based_on").notNull(),
    deviceId: integer("device_id").references(() => devices.id, { onDelete: "set null" }),
    // Made by the device per save: a retried request finds its first answer instead of a conflict.
    clientId: text("client_id").notNull().unique(),
    rating: text("rating", { enum: RATINGS }),
    notes: text("notes").notNull().default(""),
    tags: text("tags", { mode: "json" }).$type<string[]>().notNull(),
    // Question id → answer ("yes"/"no" for yes_no).
    answers: text("answers", { mode: "json" }).$type<Record<string, string>>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("lead_qualifications_revision").on(t.consentId, t.revision),
    index("lead_qualifications_pair").on(t.partnerId, t.attendeeId),
  ],
);

/** The latest revision per lead, written in the same transaction as each history row (for lists and exports). */
export const leadQualificationCurrent = sqliteTable(
  "lead_qualification_current",
  {
    consentId: integer("consent_id")
      .primaryKey()
      .references(() => consentEvents.id),
    partnerId: integer("partner_id")
      .notNull()
      .references(() => partners.id, { onDelete: "cascade" }),
    attendeeId: integer("attendee_id")
      .notNull()
      .references(() => attendees.id, { onDelete: "cascade" }),
    qualificationId: integer("qualification_id").notNull(),
    revision: integer("revision").notNull(),
    rating: text("rating", { enum: RATINGS }),
    notes: text("notes").notNull().default(""),
  },
  (t) => [index("lead_qualification_current_pair").on(t.partnerId, t.attendeeId)],
);

export type PartnerQuestion = typeof partnerQuestions.$inferSelect;
export type LeadQualification = typeof leadQualifications.$inferSelect;
