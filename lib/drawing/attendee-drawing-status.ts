// The attendee's own view of the event's drawings, for their personal page: entered or not, how
// many booths they visited and how many more they need. Visits count whatever they decided
// about sharing; nothing here reads consent.
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { drawingEntries, drawingWinners, drawings } from "@/db/schema";
import type { AttendeeActor } from "../auth/actor";
import { cutoffOf, isOpen, partnerCountOf, requiredVisits, visitsBefore } from "./eligibility";

export type AttendeeDrawingStatus = {
  drawingId: number;
  name: string;
  prize: string;
  nameDe: string | null;
  prizeDe: string | null;
  entered: boolean;
  /** The entry number published with the result, once entered. */
  entryId: number | null;
  /** Distinct partner booths where the attendee was scanned (before the closing time). */
  visits: number;
  required: number;
  stillNeeded: number;
  /** Entered and visited enough booths; after the draw, whether the entry was in the frozen list. */
  eligible: boolean;
  closesAt: Date | null;
  drawn: boolean;
  won: boolean;
  /** Takes entries now: not closed, not drawn. */
  open: boolean;
};

export function attendeeDrawingStatus(actor: AttendeeActor, now = new Date()): AttendeeDrawingStatus[] {
  const db = getDb();
  const partnerCount = partnerCountOf(actor.eventId);
  return db
    .select()
    .from(drawings)
    .where(eq(drawings.eventId, actor.eventId))
    .orderBy(asc(drawings.id))
    .all()
    .map((d) => {
      const entry = db
        .select({ id: drawingEntries.id })
        .from(drawingEntries)
        .where(and(eq(drawingEntries.drawingId, d.id), eq(drawingEntries.attendeeId, actor.attendeeId)))
        .get();
      const required = requiredVisits(d, partnerCount);
      const visits = visitsBefore(actor.eventId, actor.attendeeId, cutoffOf(d, d.drawnAt ?? now));
      const frozen = d.drawnAt ? (JSON.parse(d.eligibleEntryIds ?? "[]") as number[]) : null;
      const won =
        !!entry &&
        !!db
          .select({ rank: drawingWinners.rank })
          .from(drawingWinners)
          .where(and(eq(drawingWinners.drawingId, d.id), eq(drawingWinners.entryId, entry.id)))
          .get();
      return {
        drawingId: d.id,
        name: d.name,
        prize: d.prize,
        nameDe: d.nameDe,
        prizeDe: d.prizeDe,
        entered: !!entry,
        entryId: entry?.id ?? null,
        visits,
        required,
        stillNeeded: Math.max(0, required - visits),
        eligible: frozen ? !!entry && frozen.includes(entry.id) : !!entry && visits >= required,
        closesAt: d.closesAt,
        drawn: d.drawnAt !== null,
        won,
        open: isOpen(d, now),
      };
    });
}
