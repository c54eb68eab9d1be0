// Drawing figures for the organizer. Eligibility counts visits (distinct booths scanned before
// the drawing closed), whatever the attendee decided about sharing: this module never reads
// the consent ledger.
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { attendees, drawingEntries, drawingWinners, drawings } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { requireOrganizerOf } from "../auth/access";
import { describeRule, entryVisits, isOpen, partnerCountOf, requiredVisits, windowAt } from "./eligibility";
import { PublishedDrawing } from "./published-drawing";

export { requiredVisits } from "./eligibility";

export type DrawingStatus = "open" | "closed" | "frozen" | "drawn";

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
  /** From the freeze on: the hash of the frozen record, its entry root and the beacon round it names. */
  freezeSha256: string | null;
  entryRoot: string | null;
  beaconRound: number | null;
  witnesses: string[];
  entries: number;
  /** Entries that would count if the draw happened now; after the draw, the frozen list. */
  eligible: number;
};

export function summarizeDrawings(actor: Actor, eventId: number, now = new Date()): DrawingSummary[] {
  requireOrganizerOf(actor, eventId);
  const livePartners = partnerCountOf(eventId);
  return getDb()
    .select()
    .from(drawings)
    .where(eq(drawings.eventId, eventId))
    .orderBy(asc(drawings.id))
    .all()
    .map((d) => {
      // Frozen: the numbers of the freeze, never the live tables.
      const freeze = d.publishedJson ? PublishedDrawing.parse(JSON.parse(d.publishedJson)).freeze : null;
      const required = freeze ? freeze.requiredBooths : requiredVisits(d, livePartners);
      const live = freeze ? null : entryVisits(d, windowAt(d, now));
      const entries = live ? live.length : entryVisits(d, { cutoff: new Date(freeze!.closesAt), receivedBy: new Date(freeze!.receivedBy) }).length;
      const eligible = freeze ? freeze.entryCount : live!.filter((e) => e.visits >= required).length;
      return {
        id: d.id,
        name: d.name,
        prize: d.prize,
        winnersCount: d.winners,
        rule: `${describeRule(d)} ${freeze ? `Frozen: ${required} booths of ${freeze.partnersCounted} partners.` : `Now: ${required} booths of ${livePartners} partners.`}`,
        required,
        closesAt: d.closesAt,
        drawnAt: d.drawnAt,
        status: d.drawnAt ? "drawn" : d.frozenAt ? "frozen" : isOpen(d, now) ? "open" : "closed",
        seedSha256: d.seedSha256,
        freezeSha256: d.freezeSha256,
        entryRoot: freeze?.entryRoot ?? null,
        beaconRound: freeze?.beaconRound ?? null,
        witnesses: JSON.parse(d.witnesses) as string[],
        entries,
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
