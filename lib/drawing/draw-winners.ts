// The draw: once per drawing, by an organizer (or the CLI operator). It closes the drawing,
// freezes the eligible entries, ranks them with the committed seed (lib/drawing/rank-entries.ts)
// and publishes the seed, all in one transaction. Nothing here reads consent.
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { drawingWinners, drawings } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { requireOrganizerOf } from "../auth/access";
import { AppError, notFound } from "../errors";
import { cutoffOf, entryVisits, partnerCountOf, requiredVisits } from "./eligibility";
import { isSeed, pickWinners, seedCommitment } from "./rank-entries";

export type DrawResult = {
  drawingId: number;
  seed: string;
  seedSha256: string;
  drawnAt: Date;
  eligibleEntryIds: number[];
  winnerEntryIds: number[];
};

export function drawWinners(actor: Actor, eventId: number, drawingId: number, now = new Date()): DrawResult {
  requireOrganizerOf(actor, eventId);
  const db = getDb();
  // Immediate: take the write lock before reading, so no entry or scan slips in between.
  return db.transaction(
    (tx) => {
      const drawing = tx
        .select()
        .from(drawings)
        .where(and(eq(drawings.id, drawingId), eq(drawings.eventId, eventId)))
        .get();
      if (!drawing) throw notFound("The drawing");
      if (drawing.drawnAt) {
        throw new AppError("conflict", `The winners of "${drawing.name}" were already drawn; a drawing is drawn once.`);
      }
      const seed = drawing.seed;
      if (!seed || !isSeed(seed) || !drawing.seedSha256 || seedCommitment(seed) !== drawing.seedSha256) {
        // Only a drawing made before commit-and-reveal existed (or a damaged row) gets here.
        throw new AppError("conflict", `"${drawing.name}" has no valid committed seed, so its result could not be verified. Create a new drawing.`);
      }

      const required = requiredVisits(drawing, partnerCountOf(eventId));
      const eligibleEntryIds = entryVisits(drawing, cutoffOf(drawing, now))
        .filter((e) => e.visits >= required)
        .map((e) => e.entryId)
        .sort((a, b) => a - b);
      const winnerEntryIds = pickWinners(seed, eligibleEntryIds, drawing.winners);

      const updated = tx
        .update(drawings)
        .set({ drawnAt: now, eligibleEntryIds: JSON.stringify(eligibleEntryIds) })
        .where(and(eq(drawings.id, drawing.id), isNull(drawings.drawnAt)))
        .run();
      if (updated.changes !== 1) throw new AppError("conflict", `The winners of "${drawing.name}" were already drawn.`);
      if (winnerEntryIds.length > 0) {
        tx.insert(drawingWinners)
          .values(winnerEntryIds.map((entryId, i) => ({ drawingId: drawing.id, rank: i + 1, entryId })))
          .run();
      }
      recordAudit(tx, actor, eventId, "drawings.draw", `drawing ${drawing.id} ${drawing.name}`, {
        eligible: eligibleEntryIds.length,
        winners: winnerEntryIds.length,
      });
      return { drawingId: drawing.id, seed, seedSha256: drawing.seedSha256, drawnAt: now, eligibleEntryIds, winnerEntryIds };
    },
    { behavior: "immediate" },
  );
}
