// The event's drawing that is open for entries now, if any: not closed, not drawn. Nothing
// here reads consent. Both run on every booth decision: prepared once per connection (db/prepared.ts).
import { randomBytes } from "node:crypto";
import { and, asc, eq, gt, isNull, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { placeholderFor, prepared } from "@/db/prepared";
import { drawingEntries, drawings } from "@/db/schema";

/**
 * nameDe / prizeDe: the organizer's German words, null when not written (lib/i18n/translated.ts).
 * closesAt: when entries end (null: open until frozen), so a phone offline past it stops offering it.
 */
export type OpenDrawing = { id: number; name: string; prize: string; nameDe: string | null; prizeDe: string | null; closesAt: Date | null };

const openOne = prepared((db) =>
  db
    .select({ id: drawings.id, name: drawings.name, prize: drawings.prize, nameDe: drawings.nameDe, prizeDe: drawings.prizeDe, closesAt: drawings.closesAt })
    .from(drawings)
    .where(
      and(
        eq(drawings.eventId, sql.placeholder("eventId")),
        isNull(drawings.drawnAt),
        isNull(drawings.frozenAt),
        or(isNull(drawings.closesAt), gt(drawings.closesAt, placeholderFor(drawings.closesAt, "now"))),
      ),
    )
    // No .limit(1): get() reads the first row only, and a bound LIMIT recompiles (db/prepared.ts).
    .orderBy(asc(drawings.id))
    .prepare(),
);

const enter = prepared((db) =>
  db
    .insert(drawingEntries)
    .values({
      drawingId: sql.placeholder("drawingId"),
      attendeeId: sql.placeholder("attendeeId"),
      source: sql.placeholder("source"),
      salt: sql.placeholder("salt"),
      createdAt: sql.placeholder("now"),
    })
    .onConflictDoNothing()
    .prepare(),
);

// One lookup per open drawing, through the unique (drawing_id, attendee_id) index.
const entryOf = prepared((db) =>
  db
    .select({ id: drawingEntries.id })
    .from(drawingEntries)
    .where(and(eq(drawingEntries.drawingId, sql.placeholder("drawingId")), eq(drawingEntries.attendeeId, sql.placeholder("attendeeId"))))
    .prepare(),
);

export function openDrawing(eventId: number, now: Date): OpenDrawing | null {
  return openOne(getDb()).get({ eventId, now }) ?? null;
}

/** Every drawing of the event open now, oldest first (an event may run more than one). */
export function openDrawings(eventId: number, now: Date): OpenDrawing[] {
  return openOne(getDb()).all({ eventId, now });
}

/** The attendee's standing in each open drawing: already entered, or can enter. */
export function openDrawingsFor(eventId: number, attendeeId: number, now: Date): (OpenDrawing & { entered: boolean })[] {
  const db = getDb();
  return openDrawings(eventId, now).map((d) => ({ ...d, entered: entryOf(db).get({ drawingId: d.id, attendeeId }) !== undefined }));
}

/**
 * Enters the attendee, once; a repeated opt-in changes nothing (and keeps the first salt). The
 * caller checked that the drawing is open. The salt hides the entry number in the published
 * Merkle leaf (lib/drawing/merkle.ts).
 */
export function enterDrawing(drawingId: number, attendeeId: number, source: "booth_device" | "personal_page", now: Date): void {
  enter(getDb()).run({ drawingId, attendeeId, source, now, salt: randomBytes(16).toString("hex") });
}
