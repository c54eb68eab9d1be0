// A drawing drawn before the freeze existed (format 1) keeps its public record: the result as
// published then, read-only, and recompute-drawing still checks it (decision 026).
import assert from "node:assert/strict";
import { before, test } from "node:test";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { drawingWinners, drawings } from "@/db/schema";
import { OPERATOR } from "../auth/actor";
import type { AppError } from "../errors";
import { makeEvent } from "../test/fixtures";
import { useTestDatabase } from "../test/db";
import { createDrawing } from "./create-drawing";
import { enterDrawingFromPage } from "./enter-drawing-from-page";
import { legacyWinners } from "./legacy-drawing";
import { getPublicDrawing, getPublicRecord } from "./public-drawing";
import { newSeed, seedCommitment } from "./rank-entries";
import { recomputeDrawing } from "./recompute-drawing";
import { attendeeActor } from "./test-helpers";

before(() => useTestDatabase());

/** A drawing as format 1 left it: seed revealed, eligible ids and winners stored, no published record. */
function drawnInFormat1() {
  const event = makeEvent({ partnerCount: 1, attendeeCount: 5 });
  const { id } = createDrawing(OPERATOR, event.eventId, { name: "Old draw", prize: "A mug", winners: 2, minPartners: 1 });
  const entries = event.attendees.map((_, i) => enterDrawingFromPage(attendeeActor(event, i), id).entryId);
  const seed = newSeed();
  const winners = legacyWinners(seed, entries, 2);
  const db = getDb();
  db.update(drawings).set({ seed, seedSha256: seedCommitment(seed), drawnAt: new Date(), eligibleEntryIds: JSON.stringify(entries), publishedJson: null, frozenAt: null }).where(eq(drawings.id, id)).run();
  winners.forEach((entryId, i) => db.insert(drawingWinners).values({ drawingId: id, rank: i + 1, entryId }).run());
  return { id, seed, entries, winners };
}

const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as Record<string, unknown> & { winners: { entryId: number }[] };

test("[DRAWING] a format-1 drawing shows its result as published then, and it recomputes", () => {
  const { id, seed, entries, winners } = drawnInFormat1();
  const found = getPublicRecord(id);
  assert.ok("legacy" in found, "a public record, not a 404");
  const d = found.legacy;
  assert.equal(d.format, "fairlead-drawing/1");
  assert.equal(d.seed, seed);
  assert.equal(d.seedSha256, seedCommitment(seed));
  assert.deepEqual(d.eligibleEntryIds, entries);
  assert.deepEqual(d.winners.map((w) => w.entryId), winners);
  assert.match(d.winners[0]!.displayName, /^Ada\d+ L\.$/);
  const r = recomputeDrawing(json(d), { seedSha256: d.seedSha256 });
  assert.equal(r.ok, true, r.problems.join(" "));
  // Today's callers that need a format-2 record still get none.
  assert.throws(() => getPublicDrawing(id), (e: AppError) => e.code === "not_found");
});

test("[DRAWING] a tampered format-1 result fails: winners changed, seed changed, or held to a root it never had", () => {
  const { id } = drawnInFormat1();
  const found = getPublicRecord(id);
  assert.ok("legacy" in found);
  const swapped = json(found.legacy);
  swapped.winners = [...swapped.winners].reverse();
  assert.equal(recomputeDrawing(swapped).winnersOk, false);
  const reseeded = json(found.legacy);
  reseeded.seed = newSeed();
  assert.equal(recomputeDrawing(reseeded).commitmentOk, false);
  assert.equal(recomputeDrawing(json(found.legacy), { entryRoot: "0".repeat(64) }).ok, false);
});
