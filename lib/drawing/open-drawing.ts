// The event's drawing that is open for entries now, if any: not closed, not drawn. Nothing
// here reads consent.
import { and, asc, eq, gt, isNull, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { drawingEntries, drawings } from "@/db/schema";

export type OpenDrawing = { id: number; name: string; prize: string };

export function openDrawing(db: Pick<Db, "select">, eventId: number, now: Date): OpenDrawing | null {
  return (
    db
      .select({ id: drawings.id, name: drawings.name, prize: drawings.prize })
      .from(drawings)
      .where(and(eq(drawings.eventId, eventId), isNull(drawings.drawnAt), or(isNull(drawings.closesAt), gt(drawings.closesAt, now))))
      .orderBy(asc(drawings.id))
      .get() ?? null
  );
}

/** Enters the attendee, once; a repeated opt-in changes nothing. The caller checked that the drawing is open. */
export function enterDrawing(
  tx: Pick<Db, "insert">,
  drawingId: number,
  attendeeId: number,
  source: "booth_device" | "personal_page",
  now: Date,
): void {
  tx.insert(drawingEntries).values({ drawingId, attendeeId, source, createdAt: now }).onConflictDoNothing().run();
}
