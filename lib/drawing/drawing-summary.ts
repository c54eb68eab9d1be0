// Drawing figures for the organizer. Eligibility counts visits (distinct booths scanned before
// the drawing closed), whatever the attendee decided about sharing: this module never reads
// the consent ledger.
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { attendees, drawingEntries, drawingWinners, drawings } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { requireOrganizerOf } from "../auth/access";
import { cutoffOf, describeRule, entryVisits, isOpen, partnerCountOf, requiredVisits } from "./eligibility";

export { requiredVisits } from "./eligibility";

export type DrawingStatus = "open" | "closed" | "drawn";

export type DrawingSummary = {
  id: number;
  name: string;
  prize: string;
  winnersCount: number;
  rule: string;
  required: number;
  closesAt: Date | null;
  drawnAt: Date | null;
  status: DrawingStatus;
  seedSha256: string | null;
  entries: number;
  /** Entries that would count if the draw happened now; after the draw, the frozen list. */
  eligible: number;
};

export function summarizeDrawings(actor: Actor, eventId: number, now = new Date()): DrawingSummary[] {
  requireOrganizerOf(actor, eventId);
  const partnerCount = partnerCountOf(eventId);
  return getDb()
    .select()
    .from(drawings)
    .where(eq(drawings.eventId, eventId))
    .orderBy(asc(drawings.id))
    .all()
    .map((d) => {
      const required = requiredVisits(d, partnerCount);
      const entries = entryVisits(d, d.drawnAt ?? now);
      const eligible = d.drawnAt
        ? (JSON.parse(d.eligibleEntryIds ?? "[]") as number[]).length
        : entryVisits(d, cutoffOf(d, now)).filter((e) => e.visits >= required).length;
      return {
        id: d.id,
        name: d.name,
        prize: d.prize,
        winnersCount: d.winners,
        rule: describeRule(d, partnerCount),
        required,
        closesAt: d.closesAt,
        drawnAt: d.drawnAt,
        status: d.drawnAt ? "drawn" : isOpen(d, now) ? "open" : "closed",
        seedSha256: d.seedSha256,
        entries: entries.length,
        eligible,
      };
    });
}

export type OrganizerWinner = { rank: number; entryId: number; firstName: string; lastName: string; email: string };

/** The winners with their contact details, for the organizer who hands over the prize. */
export function listWinners(actor: Actor, eventId: number, drawingId: number): OrganizerWinner[] {
  requireOrganizerOf(actor, eventId);
  return getDb()
    .select({
      rank: drawingWinners.rank,
      entryId: drawingWinners.entryId,
      firstName: attendees.firstName,
      lastName: attendees.lastName,
      email: attendees.email,
    })
    .from(drawingWinners)
    .innerJoin(drawings, eq(drawings.id, drawingWinners.drawingId))
    .innerJoin(drawingEntries, eq(drawingEntries.id, drawingWinners.entryId))
    .innerJoin(attendees, eq(attendees.id, drawingEntries.attendeeId))
    // Scoped by the event in the where: another event's drawing simply has no winners here.
    .where(and(eq(drawingWinners.drawingId, drawingId), eq(drawings.eventId, eventId)))
    .orderBy(asc(drawingWinners.rank))
    .all();
}
