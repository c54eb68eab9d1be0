// Migration 0009 on a ledger written before it: the rows verify unchanged (occurred_at became
// device_time, which the hash covered all along), and the projection is each pair's newest row.
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { before, test } from "node:test";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { MIGRATIONS_FOLDER, closeDb, getDb, openDatabase } from "@/db/client";
import { OPERATOR } from "../auth/actor";
import { noticesFor } from "./notice";
import { makeDevice, makeEvent, type TestEvent } from "../test/fixtures";
import { currentDecision } from "./current-consent";
import { entryHash } from "./ledger";
import { findStandingDrift } from "./standing-drift";
import { verifyLedger } from "./verify-ledger";

/**
 * A database with every migration but 0009: the ledger's schema before this change (the later
 * migrations touch other tables, and today's fixtures need them). The test then runs 0009's SQL.
 */
function databaseBefore0009(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fairlead-0008-"));
  const folder = path.join(dir, "migrations");
  fs.mkdirSync(path.join(folder, "meta"), { recursive: true });
  for (const name of fs.readdirSync(MIGRATIONS_FOLDER).filter((n) => n.endsWith(".sql") && !n.startsWith("0009"))) {
    fs.copyFileSync(path.join(MIGRATIONS_FOLDER, name), path.join(folder, name));
  }
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as { entries: { tag: string }[] };
  journal.entries = journal.entries.filter((e) => !e.tag.startsWith("0009"));
  fs.writeFileSync(path.join(folder, "meta", "_journal.json"), JSON.stringify(journal));
  const file = path.join(dir, "before.db");
  const db = openDatabase(file);
  migrate(db, { migrationsFolder: folder });
  db.$client.close();
  closeDb();
  process.env.FAIRLEAD_DB = file;
}

before(() => databaseBefore0009());

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

test("[LEDGER] rows written before migration 0009 verify after it; each pair then stands by its newest row", () => {
  const event = makeEvent({ partnerCount: 1, attendeeCount: 2 });
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  // Attendee 0: a withdrawal, then a grant that arrived later but was dated earlier (the old order kept the withdrawal).
  let h = oldRow(event, device.deviceId, 0, "grant", 1_000, null, 9001);
  h = oldRow(event, device.deviceId, 0, "withdraw", 3_000, h, 9002);
  h = oldRow(event, device.deviceId, 0, "grant", 2_000, h, 9003);
  oldRow(event, device.deviceId, 1, "grant", 5_000, h, 9004);
  const insert = getDb().$client.prepare("insert into current_consent (partner_id, attendee_id, event_id, consent_id, action, occurred_at, notice_id, language, device_id) select partner_id, attendee_id, event_id, id, action, occurred_at, notice_id, language, device_id from consent_events where id = ?");
  for (const id of [9002, 9004]) insert.run(id);

  const migration0009 = fs.readdirSync(MIGRATIONS_FOLDER).find((n) => n.startsWith("0009") && n.endsWith(".sql"))!;
  getDb().$client.exec(fs.readFileSync(path.join(MIGRATIONS_FOLDER, migration0009), "utf8"));
  assert.deepEqual(verifyLedger(OPERATOR, event.eventId), { eventId: event.eventId, rows: 4, problem: null, checkpoints: 0, unsigned: 4 });
  assert.equal(findStandingDrift(OPERATOR, event.eventId), null);
  assert.deepEqual(currentDecision(event.attendees[0]!.id, event.partners[0]!.id), { consentId: 9003, action: "grant", at: new Date(1_800_000_000_000 + 9003) });
  const moved = getDb().$client.prepare("select device_time as t, device_claim as c from consent_events where id = 9003").get();
  assert.deepEqual(moved, { t: 2_000, c: null });
});
