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
    // Offline phones: a visit made before the close still counts if the server receives it
    // within this many minutes after it (docs/decisions/026). Stated in the rules.
    graceMinutes: integer("grace_minutes").notNull().default(15),
    // The named witnesses (a JSON array of names) whose values are mixed in at the draw.
    witnesses: text("witnesses").notNull().default("[]"),
    // Commit and reveal: the seed stays secret until the draw; its sha256 is public from the start.
    seed: text("seed"),
    seedSha256: text("seed_sha256"),
    drawnAt: integer("drawn_at", { mode: "timestamp_ms" }),
    // Frozen at the close (lib/drawing/freeze-drawing.ts): a JSON array of entry ids, kept
    // server-side; only their salted leaves are published.
    eligibleEntryIds: text("eligible_entry_ids"),
    frozenAt: integer("frozen_at", { mode: "timestamp_ms" }),
    freezeSha256: text("freeze_sha256"),
    // The published record (result.json) as written at the freeze, and again at the draw: the
    // public page renders it, never the live tables, so it cannot change afterwards.
    publishedJson: text("published_json"),
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
    // Random, secret: it hides the entry number in the published leaf. Shown only to the entrant.
    salt: text("salt"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("drawing_entries_once").on(t.drawingId, t.attendeeId)],
);

export type Drawing = typeof drawings.$inferSelect;
export type DrawingEntry = typeof drawingEntries.$inferSelect;
