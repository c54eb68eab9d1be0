// Reading the server's database from a test, to check what was (and was not) written.
import { and, count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { consentEvents, drawingEntries, exports, scans } from "@/db/schema";

export function rowsFor(eventId: number) {
  const db = getDb();
  const n = (table: typeof scans | typeof consentEvents | typeof exports, where = eq(table.eventId, eventId)) =>
    db.select({ n: count() }).from(table).where(where).get()!.n;
  return {
    scans: n(scans),
    consentEvents: n(consentEvents),
    exports: n(exports),
    drawingEntries: (drawingId: number) =>
      db.select({ n: count() }).from(drawingEntries).where(eq(drawingEntries.drawingId, drawingId)).get()!.n,
  };
}

/** The drawings the attendee is entered in, by id, in order. */
export function drawingsEnteredBy(attendeeId: number): number[] {
  return getDb().select({ drawingId: drawingEntries.drawingId }).from(drawingEntries).where(eq(drawingEntries.attendeeId, attendeeId)).all().map((e) => e.drawingId).sort((a, b) => a - b);
}

export function latestConsent(eventId: number, attendeeId: number) {
  return getDb()
    .select()
    .from(consentEvents)
    .where(and(eq(consentEvents.eventId, eventId), eq(consentEvents.attendeeId, attendeeId)))
    .orderBy(consentEvents.id)
    .all()
    .at(-1);
}
