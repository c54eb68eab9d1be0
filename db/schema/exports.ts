// The export audit trail.
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { attendees } from "./attendees";
import { partners } from "./booths";
import { createdAt } from "./columns";
import { eventRef, users } from "./events";

/** Who exported which partner's leads, when, how many rows, and the file's sha256. */
export const exports = sqliteTable(
  "exports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: eventRef(),
    partnerId: integer("partner_id")
      .notNull()
      .references(() => partners.id, { onDelete: "cascade" }),
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    // "organizer:<email>" or "cli": readable even after a user is deleted.
    actorLabel: text("actor_label").notNull(),
    format: text("format", { enum: ["csv", "suppression_csv", "xlsx", "suppression_xlsx"] }).notNull(),
    rows: integer("rows").notNull(),
    sha256: text("sha256").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("exports_partner").on(t.partnerId, t.createdAt)],
);

/** Which contacts each export handed over: a later withdrawal of one of them goes on the suppression list. */
export const exportRows = sqliteTable(
  "export_rows",
  {
    exportId: integer("export_id")
      .notNull()
      .references(() => exports.id, { onDelete: "cascade" }),
    attendeeId: integer("attendee_id")
      .notNull()
      .references(() => attendees.id, { onDelete: "cascade" }),
    consentId: integer("consent_id").notNull(),
  },
  (t) => [primaryKey({ columns: [t.exportId, t.attendeeId] }), index("export_rows_attendee").on(t.attendeeId)],
);

export type ExportRecord = typeof exports.$inferSelect;
