// The export audit trail.
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
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
    format: text("format", { enum: ["csv"] }).notNull(),
    rows: integer("rows").notNull(),
    sha256: text("sha256").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("exports_partner").on(t.partnerId, t.createdAt)],
);

export type ExportRecord = typeof exports.$inferSelect;
