// The public record of a format-1 drawing (drawn before the freeze existed), read as it was
// published then: its seed, its eligible entry numbers and its winners from drawing_winners.
// The winners' names come from the attendees' rows, so an erased winner is named no more.
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { attendees, drawingEntries, drawingWinners, type Drawing } from "@/db/schema";
import { LEGACY_ALGORITHM, type LegacyDrawing } from "./legacy-drawing";

type LegacyRow = Pick<Drawing, "id" | "name" | "nameDe" | "prize" | "prizeDe" | "winners" | "seedSha256" | "seed" | "drawnAt" | "eligibleEntryIds" | "createdAt">;

export function legacyDrawing(row: LegacyRow & { event: string }): LegacyDrawing {
  const winners = getDb()
    .select({ rank: drawingWinners.rank, entryId: drawingWinners.entryId, firstName: attendees.firstName, lastName: attendees.lastName })
    .from(drawingWinners)
    .innerJoin(drawingEntries, eq(drawingEntries.id, drawingWinners.entryId))
    .innerJoin(attendees, eq(attendees.id, drawingEntries.attendeeId))
    .where(eq(drawingWinners.drawingId, row.id))
    .orderBy(asc(drawingWinners.rank))
    .all();
  return {
    format: "fairlead-drawing/1",
    drawingId: row.id,
    event: row.event,
    name: row.name,
    nameDe: row.nameDe,
    prize: row.prize,
    prizeDe: row.prizeDe,
    winnersCount: row.winners,
    status: "drawn",
    createdAt: row.createdAt.toISOString(),
    seedSha256: row.seedSha256!,
    seed: row.seed ?? "",
    drawnAt: row.drawnAt!.toISOString(),
    eligibleEntryIds: JSON.parse(row.eligibleEntryIds ?? "[]") as number[],
    winners: winners.map((w) => ({ rank: w.rank, entryId: w.entryId, displayName: `${w.firstName} ${initial(w.lastName)}`.trim() })),
    algorithm: LEGACY_ALGORITHM,
  };
}

function initial(lastName: string): string {
  const first = Array.from(lastName.trim())[0];
  return first ? `${first.toUpperCase()}.` : "";
}
