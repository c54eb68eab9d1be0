// Organizer accounts beyond the first: invitations to an event, and the audit log of what
// organizers did.
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt } from "./columns";
import { eventRef, users } from "./events";

/** A single-use, expiring invitation for one email address to organize one event. */
export const organizerInvites = sqliteTable(
  "organizer_invites",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: eventRef(),
    email: text("email").notNull(),
    // sha256 of the token in the link, as for pairing links.
    tokenHash: text("token_hash").notNull().unique(),
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    acceptedAt: integer("accepted_at", { mode: "timestamp_ms" }),
    acceptedBy: integer("accepted_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [index("organizer_invites_event").on(t.eventId)],
);

/** Who did what, when: one row per organizer action, written in the action's own transaction. */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: eventRef(),
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    actorLabel: text("actor_label").notNull(),
    action: text("action").notNull(),
    // What the action was about, for a person reading the log: "partner 12 Northwind".
    subject: text("subject"),
    details: text("details", { mode: "json" }).$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (t) => [index("audit_log_event").on(t.eventId, t.id)],
);

/** One attendee import: its progress and outcome, for the organizer to follow. */
export const attendeeImports = sqliteTable(
  "attendee_imports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: eventRef(),
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    filename: text("filename").notNull(),
    status: text("status", { enum: ["running", "done", "failed"] }).notNull(),
    rowsTotal: integer("rows_total").notNull().default(0),
    rowsDone: integer("rows_done").notNull().default(0),
    created: integer("created").notNull().default(0),
    updated: integer("updated").notNull().default(0),
    unchanged: integer("unchanged").notNull().default(0),
    rejected: integer("rejected").notNull().default(0),
    // The rejected rows: [{ line, field, reason }], capped.
    problems: text("problems", { mode: "json" }).$type<{ line: number; field: string; reason: string }[]>(),
    createdAt: createdAt(),
    finishedAt: integer("finished_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("attendee_imports_event").on(t.eventId, t.id)],
);

export type AuditEntry = typeof auditLog.$inferSelect;
export type AttendeeImport = typeof attendeeImports.$inferSelect;
