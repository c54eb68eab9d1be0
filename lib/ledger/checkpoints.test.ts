// Signed checkpoints against someone who holds the SQLite file but not the signing key.
import assert from "node:assert/strict";
import { before, test } from "node:test";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { consentEvents, ledgerCheckpoints } from "@/db/schema";
import { OPERATOR } from "../auth/actor";
import { appendToLedger } from "../consent/ledger";
import { verifyLedger } from "../consent/verify-ledger";
import { findStandingDrift } from "../consent/standing-drift";
import { useTestDatabase } from "../test/db";
import { decideAtBooth } from "../test/decide";
import { makeDevice, makeEvent } from "../test/fixtures";
import { rechain, withoutGuards } from "../test/tamper";
import { checkpointOf } from "./inclusion-proof";
import { signingKey } from "./signing-key";
import { extendFrontier, frontierRoot } from "./merkle";
import { catchUp, writeCheckpoint, writeCheckpointInSlices } from "./write-checkpoint";

before(() => useTestDatabase());

const sqlite = () => getDb().$client;

/** n decisions, then a checkpoint over them. */
function signedLedger(n: number) {
  const event = makeEvent({ partnerCount: 1, attendeeCount: n });
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  const ids = event.attendees.map((a) => decideAtBooth(device, a.badgeCode, "share").result.consentId);
  const checkpoint = writeCheckpoint(event.eventId, new Date())!;
  return { event, device, ids, checkpoint };
}

const key = () => signingKey();

test("[LEDGER] a signed ledger verifies; its checkpoint covers its rows and is the one each row falls under", () => {
  const { event, ids, checkpoint } = signedLedger(3);
  assert.equal(checkpoint.rows, 3);
  assert.equal(checkpoint.lastConsentId, ids[2]);
  assert.equal(checkpointOf(ids[0]!)?.id, checkpoint.id);
  // Nothing new: the checkpoint still holds, no second one.
  assert.equal(writeCheckpoint(event.eventId, new Date())?.id, checkpoint.id);
  const report = verifyLedger(OPERATOR, event.eventId, key());
  assert.deepEqual(report, { eventId: event.eventId, rows: 3, problem: null, checkpoints: 1, unsigned: 0 });
});

test("[LEDGER] verify-ledger catches a deleted tail, with the standing decisions fixed to match, by the checkpoint", () => {
  const { event, ids, checkpoint } = signedLedger(3);
  const last = ids[2]!;
  withoutGuards(() => {
    sqlite().prepare("delete from current_consent where consent_id = ?").run(last);
    sqlite().prepare("delete from consent_events where id = ?").run(last);
  });
  assert.equal(findStandingDrift(OPERATOR, event.eventId), null, "the projection was fixed: no drift to see");
  const report = verifyLedger(OPERATOR, event.eventId, key());
  assert.equal(report.problem?.problem, "checkpoint");
  assert.match(report.problem.detail, new RegExp(`checkpoint ${checkpoint.id} signed 3 rows .* but the ledger holds 2: rows were deleted`));
});

test("[LEDGER] verify-ledger catches an edited row with the whole chain recomputed, by the checkpoint after it", () => {
  const { event, ids, checkpoint } = signedLedger(3);
  withoutGuards(() => sqlite().prepare("update consent_events set action = 'decline' where id = ?").run(ids[0]));
  rechain(event.eventId);
  assert.equal(verifyLedger(OPERATOR, event.eventId).problem?.problem, "checkpoint", "the chain itself is whole again");
  const report = verifyLedger(OPERATOR, event.eventId, key());
  assert.equal(report.problem?.problem, "checkpoint");
  assert.match(report.problem.detail, new RegExp(`not the ones checkpoint ${checkpoint.id} signed`));
});

test("[LEDGER] verify-ledger catches a forged grant appended after the checkpoint, dated during the show", () => {
  const { event, ids, checkpoint } = signedLedger(2);
  const template = getDb().select().from(consentEvents).where(eq(consentEvents.id, ids[0]!)).get()!;
  const shown = new Date(checkpoint.createdAt.getTime() - 60_000);
  // The forger uses the app's own append, dated consistently: the chain is right, the standing decision moves.
  const forged = getDb().transaction(() => appendToLedger({ ...template, attendeeId: event.attendees[1]!.id, scanId: null, clientId: "forged", deviceTime: shown, recordedAt: shown }), {
    behavior: "immediate",
  });
  const report = verifyLedger(OPERATOR, event.eventId, key());
  assert.equal(report.problem?.consentId, forged.id);
  assert.match(report.problem.detail, new RegExp(`before checkpoint ${checkpoint.id} .* yet that checkpoint does not hold it`));
  // A decision received after the checkpoint is simply not signed yet.
  const later = signedLedger(1);
  decideAtBooth(later.device, later.event.attendees[0]!.badgeCode, "decline");
  const honest = verifyLedger(OPERATOR, later.event.eventId, key());
  assert.equal(honest.problem, null);
  assert.equal(honest.unsigned, 1);
});

test("[LEDGER] a checkpoint edited in the file no longer verifies with the key", () => {
  const { event, checkpoint } = signedLedger(2);
  getDb().update(ledgerCheckpoints).set({ rows: 1 }).where(eq(ledgerCheckpoints.id, checkpoint.id)).run();
  const report = verifyLedger(OPERATOR, event.eventId, key());
  assert.match(report.problem?.detail ?? "", new RegExp(`checkpoint ${checkpoint.id}'s signature does not match what it states`));
});

test("[LEDGER] a ledger never checkpointed is caught up in slices: the same checkpoint as one read at once, and it verifies", async () => {
  const event = makeEvent({ partnerCount: 1, attendeeCount: 7 });
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  for (const a of event.attendees) decideAtBooth(device, a.badgeCode, "share");
  const steps = catchUp(event.eventId, 3);
  let slices = 0;
  let step = steps.next();
  for (; !step.done; step = steps.next()) slices++;
  assert.equal(slices, 2, "7 rows in slices of 3: two pauses");
  assert.equal(step.value.rows, 7);
  decideAtBooth(device, event.attendees[0]!.badgeCode, "decline"); // arrives after the catch-up
  const sliced = writeCheckpoint(event.eventId, new Date(), key(), step.value)!;
  const head = getDb().select().from(consentEvents).where(eq(consentEvents.eventId, event.eventId)).all();
  assert.equal(sliced.rows, 8, "the rows since the catch-up are read inside the transaction");
  assert.equal(sliced.headHash, head.at(-1)!.hash);
  assert.equal(sliced.merkleRoot, frontierRoot(extendFrontier([], head.map((r) => r.hash))));
  assert.equal(verifyLedger(OPERATOR, event.eventId, key()).problem, null);
  // A head built before a checkpoint that was written meanwhile is not used: the tree starts from that checkpoint.
  decideAtBooth(device, event.attendees[1]!.badgeCode, "decline");
  const stale = { ...step.value, rows: 1, frontier: [] };
  assert.equal(writeCheckpoint(event.eventId, new Date(), key(), stale)!.rows, 9);
  assert.equal((await writeCheckpointInSlices(event.eventId, () => new Date()))!.rows, 9, "nothing new: the latest still holds");
});
