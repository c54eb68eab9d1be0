// The draw: once per frozen drawing, by an organizer (or the CLI operator), once the beacon round
// named at the freeze has been published. It mixes the committed seed with that round's
// randomness and the named witnesses' values (lib/drawing/rank-entries.ts), ranks the frozen
// leaves, and publishes the seed and the winners, in one transaction. Nothing here reads consent.
import { and, eq, inArray, isNull } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { attendees, drawingEntries, drawingWinners, drawings } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { requireOrganizerOf } from "../auth/access";
import { AppError, notFound, parseInput } from "../errors";
import { roundTime } from "./beacon";
import { entryLeaf } from "./merkle";
import { PublishedDrawing, type DrawRecord } from "./published-drawing";
import { drawKey, pickWinners } from "./rank-entries";

export const DrawInput = z.object({
  beaconRandomness: z
    .string({ message: "Enter the beacon round's randomness." })
    .trim()
    .toLowerCase()
    .regex(/^[0-9a-f]{64}$/, "The beacon's randomness is 64 hex characters, as drand publishes it."),
  witnessValues: z.array(z.string().trim().min(1, "Every named witness gives a value.").max(200)).default([]),
});

export type DrawResult = { drawingId: number; seed: string; seedSha256: string; drawnAt: Date; winnerEntryIds: number[]; eligible: number };

export function drawWinners(actor: Actor, eventId: number, drawingId: number, input: z.input<typeof DrawInput>, now = new Date()): DrawResult {
  requireOrganizerOf(actor, eventId);
  const data = parseInput(DrawInput, input);
  return getDb().transaction(
    (tx) => {
      const d = tx.select().from(drawings).where(and(eq(drawings.id, drawingId), eq(drawings.eventId, eventId))).get();
      if (!d) throw notFound("The drawing");
      if (d.drawnAt) throw new AppError("conflict", `The winners of "${d.name}" were already drawn; a drawing is drawn once.`);
      if (!d.frozenAt || !d.publishedJson || !d.seed) throw new AppError("conflict", `"${d.name}" is not frozen yet: freeze its entries first.`);
      const published = PublishedDrawing.parse(JSON.parse(d.publishedJson));
      const freeze = published.freeze!;
      const due = roundTime(freeze.beaconRound);
      if (now.getTime() < due.getTime()) {
        throw new AppError("conflict", `Beacon round ${freeze.beaconRound} is published at ${due.toISOString()}; draw after that.`);
      }
      if (data.witnessValues.length !== freeze.witnesses.length) {
        throw new AppError("invalid", `The rules name ${freeze.witnesses.length} witness(es); enter one value for each.`);
      }
      const key = drawKey(d.seed, data.beaconRandomness, data.witnessValues);
      const winningLeaves = pickWinners(key, freeze.leaves, freeze.winnersCount);
      const openings = openingsOf(tx, JSON.parse(d.eligibleEntryIds ?? "[]") as number[]);
      const winners = winningLeaves.map((leaf, i) => ({ rank: i + 1, leaf, ...openings.get(leaf)! }));
      const draw: DrawRecord = {
        drawnAt: now.toISOString(),
        seed: d.seed,
        beaconRandomness: data.beaconRandomness,
        witnessValues: freeze.witnesses.map((name, i) => ({ name, value: data.witnessValues[i]! })),
        drawKey: key,
        winners,
      };
      const updated = tx
        .update(drawings)
        .set({ drawnAt: now, publishedJson: JSON.stringify({ ...published, status: "drawn", draw }) })
        .where(and(eq(drawings.id, d.id), isNull(drawings.drawnAt)))
        .run();
      if (updated.changes !== 1) throw new AppError("conflict", `The winners of "${d.name}" were already drawn.`);
      if (winners.length > 0) tx.insert(drawingWinners).values(winners.map((w) => ({ drawingId: d.id, rank: w.rank, entryId: w.entryId }))).run();
      recordAudit(tx, actor, eventId, "drawings.draw", `drawing ${d.id} ${d.name}`, {
        eligible: freeze.leaves.length,
        winners: winners.length,
        beaconRound: freeze.beaconRound,
      });
      return { drawingId: d.id, seed: d.seed, seedSha256: published.seedSha256, drawnAt: now, winnerEntryIds: winners.map((w) => w.entryId), eligible: freeze.leaves.length };
    },
    { behavior: "immediate" },
  );
}

type Tx = Parameters<Parameters<ReturnType<typeof getDb>["transaction"]>[0]>[0];

/** Leaf → the entry behind it, with the winner's public name (first name and last initial). */
function openingsOf(tx: Tx, ids: number[]) {
  const rows = ids.length
    ? tx
        .select({ id: drawingEntries.id, salt: drawingEntries.salt, firstName: attendees.firstName, lastName: attendees.lastName })
        .from(drawingEntries)
        .innerJoin(attendees, eq(attendees.id, drawingEntries.attendeeId))
        .where(inArray(drawingEntries.id, ids))
        .all()
    : [];
  return new Map(
    rows.map((r) => [entryLeaf(r.id, r.salt!), { entryId: r.id, salt: r.salt!, displayName: `${r.firstName} ${initial(r.lastName)}`.trim() }]),
  );
}

function initial(lastName: string): string {
  const first = Array.from(lastName.trim())[0];
  return first ? `${first.toUpperCase()}.` : "";
}
