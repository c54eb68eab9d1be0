import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { before, test } from "node:test";
import { count, eq } from "drizzle-orm";
import type { Worker } from "node:worker_threads";
import { databasePath, getDb } from "@/db/client";
import { consentEvents, scans } from "@/db/schema";
import { recordBoothGroup } from "../booth/record-booth-items";
import { useTestDatabase } from "../test/db";
import { makeDevice, makeEvent, type TestEvent } from "../test/fixtures";
import { groupCommit } from "./group-commit";
import { offlinePack } from "./offline-pack";
import { recordTogether } from "./record-together";
import { startWriterThread, threadWriter } from "./writer-thread";

before(() => useTestDatabase());

function queuedItem(event: TestEvent, device: ReturnType<typeof makeDevice>, attendee: number) {
  const notice = offlinePack(device)!.notices[0]!;
  const at = new Date().toISOString();
  return {
    scanId: randomUUID(),
    code: event.attendees[attendee]!.badgeCode,
    scannedAt: at,
    decision: { choice: "share", drawing: true, noticeId: notice.noticeId, noticeSha256: notice.sha256, language: notice.language, decidedAt: at },
  };
}

const rows = (eventId: number) => ({
  scans: getDb().select({ n: count() }).from(scans).where(eq(scans.eventId, eventId)).get()!.n,
  decisions: getDb().select({ n: count() }).from(consentEvents).where(eq(consentEvents.eventId, eventId)).get()!.n,
});

test("[SYNC] concurrent requests share one commit, and each gets its own answers", async () => {
  const event = makeEvent();
  const [a, b] = [makeDevice(event.eventId, event.partners[0]!.id), makeDevice(event.eventId, event.partners[1]!.id)];
  const item = queuedItem(event, a, 0);
  const theirs = { ...queuedItem(event, b, 1), decision: undefined };
  const groups: number[] = [];
  const together = groupCommit((group, now) => (groups.push(group.length), recordBoothGroup(group, now)));
  const answers = await Promise.all([together(a, [item]), together(b, [theirs]), together(a, [item, { scanId: 1 }])]);
  assert.deepEqual(groups, [3], "one group, one transaction");
  assert.deepEqual(answers.map((r) => r.map((x) => x.status)), [[200], [200], [200, 422]]);
  assert.deepEqual(answers[2][0], answers[0][0], "the same item later in the group gets the first answer");
  assert.deepEqual(rows(event.eventId), { scans: 2, decisions: 1 });
  // The server's own group commit (on its writer thread) gives the same answers.
  assert.deepEqual(await recordTogether(a, [item]), [answers[0][0]]);
});

test("[SYNC] a group whose commit fails acknowledges nothing; the resent item is recorded once", async () => {
  const event = makeEvent();
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  const item = queuedItem(event, device, 0);
  // Written, then the commit is reported failed (a disk error after the write): no answer may say "recorded".
  const failing = groupCommit((group, now) => {
    recordBoothGroup(group, now);
    throw new Error("disk I/O error");
  });
  const outcomes = await Promise.allSettled([failing(device, [item]), failing(device, [queuedItem(event, device, 1)])]);
  assert.deepEqual(outcomes.map((o) => o.status), ["rejected", "rejected"]);
  // The phone kept the item and resends it: it is found written and gets the first answer.
  const [again] = await recordTogether(device, [item]);
  assert.equal(again!.status, 200);
  assert.deepEqual(rows(event.eventId), { scans: 2, decisions: 2 });
});

test("[SYNC] a writer thread that dies with a group in flight acknowledges nothing; the resent item is recorded once", async () => {
  const event = makeEvent();
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  const item = queuedItem(event, device, 0);
  let thread: Worker | undefined;
  const together = groupCommit(threadWriter({ file: databasePath(), start: (file) => (thread = startWriterThread(file)) }));
  await together(device, [queuedItem(event, device, 1)]); // the thread is up
  const first = together(device, [item]);
  await new Promise(setImmediate); // the group has been handed to the thread
  await thread!.terminate();
  // Refused, unless the thread answered before it died: never left waiting.
  const outcome = await first.then(
    (answers) => answers[0]!.status,
    (error: Error) => error.message,
  );
  assert.ok(outcome === 200 || /stopped before the commit; nothing was acknowledged/.test(String(outcome)), String(outcome));
  // The phone resends; a new thread writes it, or finds it written and gives the first answer.
  const [again] = await together(device, [item]);
  assert.equal(again!.status, 200);
  assert.deepEqual(rows(event.eventId), { scans: 2, decisions: 2 });
});

test("[SYNC] where no thread can start, groups are written on the request thread with the same answers", async () => {
  const event = makeEvent();
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  const together = groupCommit(threadWriter({ start: () => { throw new Error("no threads here"); } }));
  const item = queuedItem(event, device, 0);
  const [answer] = await together(device, [item]);
  assert.equal(answer!.ok && answer!.decision?.action, "grant");
  assert.deepEqual(await together(device, [item]), [answer]);
  assert.deepEqual(rows(event.eventId), { scans: 1, decisions: 1 });
});
