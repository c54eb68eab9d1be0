// Migration 0009 on a ledger written before it: the rows verify unchanged (occurred_at became
// device_time, which the hash covered all along), and the projection is each pair's newest row.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { before, test } from "node:test";
import { MIGRATIONS_FOLDER, getDb } from "@/db/client";
import { useDatabaseWithout } from "../test/db";
import { OPERATOR } from "../auth/actor";
import { noticesFor } from "./notice";
import { makeDevice, makeEvent, type TestEvent } from "../test/fixtures";
import { currentDecision } from "./current-consent";
import { eq } from "drizzle-orm";
import { consentEvents, ledgerUnclamped } from "@/db/schema";
import { appendToLedger, entryHash } from "./ledger";
import { findStandingDrift } from "./standing-drift";
import { verifyLedger } from "./verify-ledger";

/**
 * A database with every migration but 0009 and 0018: the ledger's schema before this change (the
 * other later migrations touch other tables, and today's fixtures need them). The test then runs
 * 0009's SQL, then 0018's (which marks the rows 0009 left unclamped), as an upgrade would.
 */
const LATER = ["0009", "0018"];



function runLaterMigrations(): void {
  for (const prefix of LATER) {
    const file = fs.readdirSync(MIGRATIONS_FOLDER).find((n) => n.startsWith(prefix) && n.endsWith(".sql"))!;
    getDb().$client.exec(fs.readFileSync(path.join(MIGRATIONS_FOLDER, file), "utf8"));
  }
}

/** A row as the code before 0009 wrote it: hashed over occurred_at (the phone's time). */
function oldRow(event: TestEvent, deviceId: number, attendee: number, action: "grant" | "withdraw", occurredAt: number, prevHash: string | null, id: number) {
  const partner = event.partners[0]!;
  const notice = noticesFor(event.eventId, partner)[0]!;
  getDb().$client.prepare("insert or ignore into consent_texts (sha256, text) values (?, ?)").run(notice.sha256, notice.text);
  const entry = {
    eventId: event.eventId, attendeeId: event.attendees[attendee]!.id, partnerId: partner.id, action, noticeId: notice.noticeId,
    textSha256: notice.sha256, language: notice.language, method: "booth_device" as const, deviceId, scanId: null, clientId: `old-${id}`,
    deviceTime: new Date(occurredAt), deviceClaim: null, recordedAt: new Date(1_800_000_000_000 + id),
  };
  const hash = entryHash(prevHash, entry);
  getDb().$client
    .prepare(`insert into consent_events (id, event_id, attendee_id, partner_id, action, notice_id, text_sha256, language, method, device_id, scan_id, client_id, occurred_at, recorded_at, prev_hash, hash)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
    .run(id, entry.eventId, entry.attendeeId, entry.partnerId, action, entry.noticeId, entry.textSha256, entry.language, entry.method, deviceId, null, entry.clientId, occurredAt, entry.recordedAt.getTime(), prevHash, hash);
  return hash;
}

/** Old rows of two events: a late offline grant, and a claim dated ahead of its receipt. */
let event: TestEvent;
let ahead: TestEvent;

before(() => {
  useDatabaseWithout((tag) => LATER.some((m) => tag.startsWith(m)));
  event = makeEvent({ partnerCount: 1, attendeeCount: 2 });
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  // Attendee 0: a withdrawal, then a grant that arrived later but was dated earlier (the old order kept the withdrawal).
  let h = oldRow(event, device.deviceId, 0, "grant", 1_000, null, 9001);
  h = oldRow(event, device.deviceId, 0, "withdraw", 3_000, h, 9002);
  h = oldRow(event, device.deviceId, 0, "grant", 2_000, h, 9003);
  oldRow(event, device.deviceId, 1, "grant", 5_000, h, 9004);
  const insert = getDb().$client.prepare("insert into current_consent (partner_id, attendee_id, event_id, consent_id, action, occurred_at, notice_id, language, device_id) select partner_id, attendee_id, event_id, id, action, occurred_at, notice_id, language, device_id from consent_events where id = ?");
  for (const id of [9002, 9004]) insert.run(id);

  // The code before 0009 kept a claim up to 5 minutes ahead of the server as it came.
  ahead = makeEvent({ partnerCount: 1, attendeeCount: 3 });
  const aheadDevice = makeDevice(ahead.eventId, ahead.partners[0]!.id);
  const aheadHash = oldRow(ahead, aheadDevice.deviceId, 0, "grant", 1_800_000_000_000 + 9101 + 4 * 60_000, null, 9101);
  oldRow(ahead, aheadDevice.deviceId, 1, "grant", 1_800_000_000_000 + 9102 - 1_000, aheadHash, 9102);

  runLaterMigrations();
});

test("[LEDGER] rows written before migration 0009 verify after it; each pair then stands by its newest row", () => {
  assert.deepEqual(verifyLedger(OPERATOR, event.eventId), { eventId: event.eventId, rows: 4, problem: null, checkpoints: 0, unsigned: 4 });
  assert.equal(findStandingDrift(OPERATOR, event.eventId), null);
  assert.deepEqual(currentDecision(event.attendees[0]!.id, event.partners[0]!.id), { consentId: 9003, action: "grant", at: new Date(1_800_000_000_000 + 9003) });
  const moved = getDb().$client.prepare("select device_time as t, device_claim as c from consent_events where id = 9003").get();
  assert.deepEqual(moved, { t: 2_000, c: null });
});

test("[LEDGER] a pre-0009 decision dated up to 5 minutes after its receipt still verifies; one dated so after the upgrade is caught", () => {
  // Migration 0018 marked the event's last row dated ahead, the one 0009 left unclamped.
  assert.deepEqual(getDb().select().from(ledgerUnclamped).where(eq(ledgerUnclamped.eventId, ahead.eventId)).get(), { eventId: ahead.eventId, lastConsentId: 9101 });
  assert.equal(getDb().select().from(ledgerUnclamped).where(eq(ledgerUnclamped.eventId, event.eventId)).get(), undefined, "no row of that event was ahead");
  assert.deepEqual(verifyLedger(OPERATOR, ahead.eventId), { eventId: ahead.eventId, rows: 2, problem: null, checkpoints: 0, unsigned: 2 });

  // After the upgrade, a row dated after its receipt is no phone's claim: it was forged (here with the app's own append).
  const template = getDb().select().from(consentEvents).where(eq(consentEvents.id, 9101)).get()!;
  const now = new Date();
  const forged = getDb().transaction(
    () => appendToLedger({ ...template, attendeeId: ahead.attendees[2]!.id, clientId: "forged", recordedAt: now, deviceTime: new Date(now.getTime() + 60_000) }),
    { behavior: "immediate" },
  );
  const report = verifyLedger(OPERATOR, ahead.eventId);
  assert.equal(report.problem?.problem, "dated-after-receipt");
  assert.equal(report.problem.consentId, forged.id);
});
