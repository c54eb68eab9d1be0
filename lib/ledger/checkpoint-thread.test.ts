// Decisions synced through the writer thread (the server's booth path) are checkpointed by that
// thread soon after their commit, with the key beside the database.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { before, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { databasePath } from "@/db/client";
import { OPERATOR } from "../auth/actor";
import { verifyLedger } from "../consent/verify-ledger";
import { groupCommit } from "../sync/group-commit";
import { offlinePack } from "../sync/offline-pack";
import { threadWriter } from "../sync/writer-thread";
import { useTestDatabase } from "../test/db";
import { makeDevice, makeEvent } from "../test/fixtures";
import { signingKey } from "./signing-key";
import { latestCheckpoint } from "./write-checkpoint";

before(() => useTestDatabase());

test("[LEDGER] the writer thread signs a checkpoint after the commit of synced decisions", async () => {
  const event = makeEvent({ partnerCount: 1, attendeeCount: 2 });
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  const notice = offlinePack(device)!.notices[0]!;
  const at = new Date().toISOString();
  const items = event.attendees.map((a) => ({
    scanId: randomUUID(),
    code: a.badgeCode,
    scannedAt: at,
    decision: { choice: "share", drawing: false, noticeId: notice.noticeId, noticeSha256: notice.sha256, language: notice.language, decidedAt: at },
  }));
  const answers = await groupCommit(threadWriter({ file: databasePath() }))(device, items);
  assert.deepEqual(answers.map((a) => a.status), [200, 200]);
  for (let i = 0; i < 100 && latestCheckpoint(event.eventId)?.rows !== 2; i++) await sleep(100);
  assert.equal(latestCheckpoint(event.eventId)?.rows, 2);
  assert.equal(verifyLedger(OPERATOR, event.eventId, signingKey()).problem, null);
});
