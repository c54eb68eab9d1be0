// The event's drawing that is open for entries now, if any: not closed, not drawn. Nothing
// here reads consent. Both run on every booth decision: drizzle prepared statements (db/prepared.ts).
import { and, asc, eq, gt, isNull, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { prepared } from "@/db/prepared";
import { drawingEntries, drawings } from "@/db/schema";

export type OpenDrawing = { id: number; name: string; prize: string };

const open = prepared((db) =>
  db
    .select({ id: drawings.id, name: drawings.name, prize: drawings.prize })
    .from(drawings)
    .where(
      and(
        eq(drawings.eventId, sql.placeholder("eventId")),
        isNull(drawings.drawnAt),
        or(isNull(drawings.closesAt), gt(drawings.closesAt, sql.placeholder("now"))),
      ),
    )
    .orderBy(asc(drawings.id))
    .limit(1)
    .prepare(),
);
const enter = prepared((db) =>
  db
    .insert(drawingEntries)
    .values({ drawingId: sql.placeholder("drawingId"), attendeeId: sql.placeholder("attendeeId"), source: sql.placeholder("source"), createdAt: sql.placeholder("now") })
    .onConflictDoNothing()
    .prepare(),
);

export function openDrawing(eventId: number, now: Date): OpenDrawing | null {
  return open(getDb()).get({ eventId, now: now.getTime() }) ?? null;
}

/** Enters the attendee, once; a repeated opt-in changes nothing. The caller checked that the drawing is open. */
export function enterDrawing(drawingId: number, attendeeId: number, source: "booth_device" | "personal_page", now: Date): void {
  enter(getDb()).run({ drawingId, attendeeId, source, now });
}
