// verify-ledger catches a decision dated after the server received it (issue 11 §4): no path in
// Fairlead writes one since migration 0009, whether edited into the file or forged with the
// app's own append. Rows from before 0009 are exempt: migration-0009.test.ts.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { before, test } from "node:test";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { consentEvents } from "@/db/schema";
import { OPERATOR } from "../auth/actor";
import { useTestDatabase } from "../test/db";
import { decideAtBooth } from "../test/decide";
import { makeDevice, makeEvent } from "../test/fixtures";
import { rechain, withoutGuards } from "../test/tamper";
import { openScan } from "../scans/open-scan";
import { appendToLedger } from "./ledger";
import { recordDecision } from "./record-decision";
import { verifyLedger } from "./verify-ledger";

before(() => useTestDatabase());

function eventWithShares(n: number) {
  const event = makeEvent({ partnerCount: 1, attendeeCount: n });
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  const ids = event.attendees.map((a) => decideAtBooth(device, a.badgeCode, "share").result.consentId);
  return { event, ids };
}

test("[LEDGER] verify-ledger catches a decision dated after receipt: edited in the file, the chain recomputed", () => {
  const { event, ids } = eventWithShares(3);
  assert.equal(verifyLedger(OPERATOR, event.eventId).problem, null);
  const row = getDb().select().from(consentEvents).where(eq(consentEvents.id, ids[1]!)).get()!;
  // One minute after its receipt: within what the code before 0009 allowed, so only the clamp tells.
  withoutGuards(() => getDb().$client.prepare("update consent_events set device_time = ? where id = ?").run(row.recordedAt.getTime() + 60_000, ids[1]));
  rechain(event.eventId);
  const report = verifyLedger(OPERATOR, event.eventId);
  assert.equal(report.problem?.problem, "dated-after-receipt");
  assert.equal(report.problem.consentId, ids[1]);
  assert.match(report.problem.detail, /is dated .*, after the server received it at .*: Fairlead never writes such a row/);
});

test("[LEDGER] verify-ledger catches a forged grant appended with the app's own append, dated after receipt", () => {
  const { event, ids } = eventWithShares(2);
  const template = getDb().select().from(consentEvents).where(eq(consentEvents.id, ids[0]!)).get()!;
  const now = new Date();
  const forged = getDb().transaction(
    () => appendToLedger({ ...template, attendeeId: event.attendees[1]!.id, scanId: null, clientId: "forged", recordedAt: now, deviceTime: new Date(now.getTime() + 1) }),
    { behavior: "immediate" },
  );
  const report = verifyLedger(OPERATOR, event.eventId);
  assert.equal(report.problem?.problem, "dated-after-receipt");
  assert.equal(report.problem.consentId, forged.id);
});

test("[LEDGER] a phone claiming a time an hour ahead is dated at its receipt, and verifies", () => {
  const event = makeEvent({ partnerCount: 1, attendeeCount: 1 });
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  const now = new Date();
  const read = { scanId: randomUUID(), code: event.attendees[0]!.badgeCode, scannedAt: now };
  const notice = openScan(device, read, now).notices[0]!;
  const ahead = new Date(now.getTime() + 3_600_000);
  const decision = { ...read, choice: "share" as const, drawing: false, noticeId: notice.noticeId, noticeSha256: notice.sha256, language: notice.language, decidedAt: ahead };
  recordDecision(device, decision, now);
  const row = getDb().select().from(consentEvents).where(eq(consentEvents.eventId, event.eventId)).get()!;
  assert.deepEqual(row.deviceClaim, ahead, "the claim was clamped and kept beside the row");
  assert.deepEqual(row.deviceTime, row.recordedAt);
  assert.equal(verifyLedger(OPERATOR, event.eventId).problem, null);
});
