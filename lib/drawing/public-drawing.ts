// What anyone may see of a drawing, signed in or not: its rules and commitment, and after the
// draw the seed, the eligible entry numbers and the winners. Public by design, so it takes no
// actor; it selects only these columns, and never the seed before the draw.
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { attendees, drawingEntries, drawingWinners, drawings, events } from "@/db/schema";
import { notFound } from "../errors";
import { describeRule, isOpen, partnerCountOf } from "./eligibility";
import { ALGORITHM } from "./rank-entries";
import type { PublishedDrawing } from "./recompute-drawing";

export type PublicWinner = { rank: number; entryId: number; displayName: string };
export type PublicDrawing = { published: PublishedDrawing; winners: PublicWinner[]; createdAt: Date };

export function getPublicDrawing(drawingId: number, now = new Date()): PublicDrawing {
  const db = getDb();
  const row = db
    .select({
      id: drawings.id,
      eventId: drawings.eventId,
      event: events.name,
      name: drawings.name,
      prize: drawings.prize,
      winners: drawings.winners,
      minPartners: drawings.minPartners,
      minFraction: drawings.minFraction,
      closesAt: drawings.closesAt,
      seed: drawings.seed,
      seedSha256: drawings.seedSha256,
      drawnAt: drawings.drawnAt,
      eligibleEntryIds: drawings.eligibleEntryIds,
      createdAt: drawings.createdAt,
    })
    .from(drawings)
    .innerJoin(events, eq(events.id, drawings.eventId))
    .where(eq(drawings.id, drawingId))
    .get();
  // A drawing made before commit-and-reveal has nothing to verify: it has no public page.
  if (!row || !row.seedSha256) throw notFound("The drawing");
  const drawn = row.drawnAt !== null;
  const winners = drawn ? winnersOf(row.id) : [];
  const published: PublishedDrawing = {
    drawingId: row.id,
    event: row.event,
    name: row.name,
    prize: row.prize,
    winnersCount: row.winners,
    eligibility: describeRule(row, partnerCountOf(row.eventId)),
    closesAt: row.closesAt?.toISOString() ?? null,
    status: drawn ? "drawn" : isOpen(row, now) ? "open" : "closed",
    seedSha256: row.seedSha256,
    seed: drawn ? row.seed : null,
    drawnAt: row.drawnAt?.toISOString() ?? null,
    eligibleEntryIds: drawn ? (JSON.parse(row.eligibleEntryIds ?? "[]") as number[]) : null,
    winnerEntryIds: drawn ? winners.map((w) => w.entryId) : null,
    algorithm: ALGORITHM,
  };
  return { published, winners, createdAt: row.createdAt };
}

/** Winners in rank order, named by first name and the initial of the last name only. */
function winnersOf(drawingId: number): PublicWinner[] {
  return getDb()
    .select({ rank: drawingWinners.rank, entryId: drawingWinners.entryId, firstName: attendees.firstName, lastName: attendees.lastName })
    .from(drawingWinners)
    .innerJoin(drawingEntries, eq(drawingEntries.id, drawingWinners.entryId))
    .innerJoin(attendees, eq(attendees.id, drawingEntries.attendeeId))
    .where(eq(drawingWinners.drawingId, drawingId))
    .orderBy(asc(drawingWinners.rank))
    .all()
    .map((w) => ({ rank: w.rank, entryId: w.entryId, displayName: `${w.firstName} ${initial(w.lastName)}` }));
}

function initial(lastName: string): string {
  const first = Array.from(lastName.trim())[0];
  return first ? `${first.toUpperCase()}.` : "";
}
