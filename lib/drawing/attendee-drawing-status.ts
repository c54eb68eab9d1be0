// The attendee's own view of the event's drawings, for their personal page: entered or not, how
// many booths they visited and how many more they need. Visits count whatever they decided
// about sharing; nothing here reads consent.
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { drawingEntries, drawingWinners, drawings } from "@/db/schema";
import type { AttendeeActor } from "../auth/actor";
import { isOpen, partnerCountOf, requiredVisits, visitsBefore, windowAt } from "./eligibility";
import { entryProofOf, type EntryProof } from "./entry-proof";
import { PublishedDrawing } from "./published-drawing";

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
  frozen: boolean;
  /** Once frozen, for an eligible entry: the attendee's own inclusion proof (nobody else's). */
  proof: EntryProof | null;
};

export function attendeeDrawingStatus(actor: AttendeeActor, now = new Date()): AttendeeDrawingStatus[] {
  const db = getDb();
  const livePartners = partnerCountOf(actor.eventId);
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
      // Frozen: the bar and the window are the frozen ones, whatever was added since.
      const freeze = d.publishedJson ? PublishedDrawing.parse(JSON.parse(d.publishedJson)).freeze : null;
      const required = freeze ? freeze.requiredBooths : requiredVisits(d, livePartners);
      const window = freeze ? { cutoff: new Date(freeze.closesAt), receivedBy: new Date(freeze.receivedBy) } : windowAt(d, now);
      const visits = visitsBefore(actor.eventId, actor.attendeeId, window);
      const frozen = d.frozenAt ? (JSON.parse(d.eligibleEntryIds ?? "[]") as number[]) : null;
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
        frozen: d.frozenAt !== null,
        proof: entry && frozen?.includes(entry.id) ? entryProofOf(d.id, actor.attendeeId) : null,
      };
    });
}
