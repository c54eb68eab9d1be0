// The freeze, once per drawing, after the close and its grace period: it fixes the rule as
// numbers (booths required, partners counted), the eligible entries as a Merkle root of salted
// leaves, the hashes of the texts, and names the beacon round that does not exist yet. All in
// one transaction with its audit row; the record is published at once (decision 026).
import { and, eq, inArray, isNull } from "drizzle-orm";
import { randomBytes } from "node:crypto";
import { getDb } from "@/db/client";
import { drawingEntries, drawings, events } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { requireOrganizerOf } from "../auth/access";
import { AppError, notFound } from "../errors";
import { beaconUrl, roundForFreeze } from "./beacon";
import { rulesOf, witnessesOf } from "./drawing-rules";
import { entryVisits, partnerCountOf, requiredVisits } from "./eligibility";
import { entryLeaf, merkleRoot, sortLeaves } from "./merkle";
import { type FreezeRecord, type PublishedDrawing, freezeHash, hashTexts } from "./published-drawing";
import { ALGORITHM, isSeed, seedCommitment } from "./rank-entries";

/** `eligibleEntryIds` is for the organizer only: the public record has the salted leaves. */
export type Frozen = { drawingId: number; freezeSha256: string; entryRoot: string; entryCount: number; beaconRound: number; eligibleEntryIds: number[] };

export function freezeDrawing(actor: Actor, eventId: number, drawingId: number, now = new Date()): Frozen {
  requireOrganizerOf(actor, eventId);
  // Immediate: take the write lock before reading, so no entry or scan slips in between.
  return getDb().transaction(
    (tx) => {
      const d = tx.select().from(drawings).where(and(eq(drawings.id, drawingId), eq(drawings.eventId, eventId))).get();
      if (!d) throw notFound("The drawing");
      if (d.frozenAt) throw new AppError("conflict", `"${d.name}" was already frozen; a drawing is frozen once.`);
      if (!d.seed || !isSeed(d.seed) || !d.seedSha256 || seedCommitment(d.seed) !== d.seedSha256) {
        throw new AppError("conflict", `"${d.name}" has no valid committed seed, so its result could not be verified. Create a new drawing.`);
      }
      // No closing time: the freeze is the close, and only what the server has by now counts.
      const closesAt = d.closesAt ?? now;
      const receivedBy = d.closesAt ? new Date(d.closesAt.getTime() + d.graceMinutes * 60_000) : now;
      if (receivedBy.getTime() > now.getTime()) {
        throw new AppError("conflict", `"${d.name}" waits for offline phones until ${receivedBy.toISOString()} (its grace period). Freeze it after that.`);
      }
      const partnersCounted = partnerCountOf(eventId, closesAt);
      const requiredBooths = requiredVisits(d, partnersCounted);
      const eligible = entryVisits(d, { cutoff: closesAt, receivedBy })
        .filter((e) => e.visits >= requiredBooths)
        .map((e) => e.entryId)
        .sort((a, b) => a - b);
      const leaves = sortLeaves(saltedEntries(tx, eligible).map((e) => entryLeaf(e.id, e.salt)));
      const rules = rulesOf(d);
      const beaconRound = roundForFreeze(now);
      const freeze: FreezeRecord = {
        frozenAt: now.toISOString(),
        closesAt: closesAt.toISOString(),
        receivedBy: receivedBy.toISOString(),
        partnersCounted,
        requiredBooths,
        winnersCount: d.winners,
        seedSha256: d.seedSha256,
        textSha256: hashTexts(rules.texts),
        entryCount: leaves.length,
        entryRoot: merkleRoot(leaves),
        leaves,
        beaconRound,
        beaconUrl: beaconUrl(beaconRound),
        witnesses: witnessesOf(d),
      };
      const event = tx.select({ name: events.name }).from(events).where(eq(events.id, eventId)).get()!;
      const published: PublishedDrawing = {
        format: "fairlead-drawing/2",
        drawingId: d.id,
        event: event.name,
        status: "frozen",
        createdAt: d.createdAt.toISOString(),
        seedSha256: d.seedSha256,
        rules,
        freeze,
        freezeSha256: freezeHash(freeze),
        draw: null,
        algorithm: ALGORITHM,
      };
      const updated = tx
        .update(drawings)
        .set({
          frozenAt: now,
          closesAt,
          eligibleEntryIds: JSON.stringify(eligible),
          freezeSha256: published.freezeSha256,
          publishedJson: JSON.stringify(published),
        })
        .where(and(eq(drawings.id, d.id), isNull(drawings.frozenAt)))
        .run();
      if (updated.changes !== 1) throw new AppError("conflict", `"${d.name}" was already frozen.`);
      recordAudit(tx, actor, eventId, "drawings.freeze", `drawing ${d.id} ${d.name}`, {
        eligible: leaves.length,
        entryRoot: freeze.entryRoot,
        freezeSha256: published.freezeSha256,
        beaconRound,
      });
      return { drawingId: d.id, freezeSha256: published.freezeSha256!, entryRoot: freeze.entryRoot, entryCount: leaves.length, beaconRound, eligibleEntryIds: eligible };
    },
    { behavior: "immediate" },
  );
}

type Tx = Parameters<Parameters<ReturnType<typeof getDb>["transaction"]>[0]>[0];

/** The eligible entries with their salts; an entry made before salts existed gets one now. */
function saltedEntries(tx: Tx, ids: number[]): { id: number; salt: string }[] {
  if (ids.length === 0) return [];
  const rows = tx.select({ id: drawingEntries.id, salt: drawingEntries.salt }).from(drawingEntries).where(inArray(drawingEntries.id, ids)).all();
  return rows.map((r) => {
    if (r.salt) return { id: r.id, salt: r.salt };
    const salt = randomBytes(16).toString("hex");
    tx.update(drawingEntries).set({ salt }).where(eq(drawingEntries.id, r.id)).run();
    return { id: r.id, salt };
  });
}
