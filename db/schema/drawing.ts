// Prize drawings and the attendees' own opt-ins. Nothing here refers to consent.
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { attendees } from "./attendees";
import { createdAt } from "./columns";
import { eventRef } from "./events";

export const drawings = sqliteTable(
  "drawings",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: eventRef(),
    name: text("name").notNull(),
    prize: text("prize").notNull(),
    // German name and prize for attendee pages; null shows the English ones, marked.
    nameDe: text("name_de"),
    prizeDe: text("prize_de"),
    winners: integer("winners").notNull().default(1),
    // Eligibility: at least minPartners distinct booths, or minFraction of all partners.
    minPartners: integer("min_partners"),
    minFraction: real("min_fraction"),
    closesAt: integer("closes_at", { mode: "timestamp_ms" }),
    // Commit and reveal: the seed stays secret until the draw; its sha256 is public from the start.
    seed: text("seed"),
    seedSha256: text("seed_sha256"),
    drawnAt: integer("drawn_at", { mode: "timestamp_ms" }),
    // Frozen at the draw and published with the seed: a JSON array of entry ids.
    eligibleEntryIds: text("eligible_entry_ids"),
    createdAt: createdAt(),
  },
  (t) => [index("drawings_event").on(t.eventId)],
);

export const drawingWinners = sqliteTable(
  "drawing_winners",
  {
    drawingId: integer("drawing_id")
      .notNull()
      .references(() => drawings.id, { onDelete: "cascade" }),
    rank: integer("rank").notNull(),
    entryId: integer("entry_id")
      .notNull()
      .references(() => drawingEntries.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.drawingId, t.rank] })],
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

export type Drawing = typeof drawings.$inferSelect;
export type DrawingEntry = typeof drawingEntries.$inferSelect;
