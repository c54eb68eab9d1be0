import assert from "node:assert/strict";
import { before, test } from "node:test";
import { getDb } from "@/db/client";
import { OPERATOR } from "../auth/actor";
import { useTestDatabase } from "../test/db";
import { decideAtBooth } from "../test/decide";
import { makeDevice, makeEvent } from "../test/fixtures";
import { canonicalEntry, entryHash } from "./ledger";
import { verifyLedger } from "./verify-ledger";

before(() => useTestDatabase());

function eventWithDecisions(n: number) {
  const event = makeEvent({ partnerCount: 2, attendeeCount: n });
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  const ids = event.attendees.map((a, i) => decideAtBooth(device, a.badgeCode, i % 2 ? "decline" : "share").result.consentId);
  return { event, ids };
}

const sqlite = () => getDb().$client;

test("[LEDGER] each row chains to the event's previous row; a clean ledger verifies", () => {
  const { event, ids } = eventWithDecisions(4);
  const rows = sqlite().prepare("select id, prev_hash as prevHash, hash from consent_events where event_id = ? order by id").all(event.eventId) as { id: number; prevHash: string | null; hash: string }[];
  assert.deepEqual(rows.map((r) => r.id), ids);
  assert.equal(rows[0]!.prevHash, null);
  rows.slice(1).forEach((r, i) => assert.equal(r.prevHash, rows[i]!.hash));
  assert.deepEqual(verifyLedger(OPERATOR, event.eventId), { eventId: event.eventId, rows: 4, problem: null, checkpoints: 0, unsigned: 4 });
  // Chains are per event: another event's rows do not enter this one.
  const other = eventWithDecisions(1);
  assert.equal((sqlite().prepare("select prev_hash from consent_events where id = ?").get(other.ids[0]) as { prev_hash: string | null }).prev_hash, null);
});

test("[LEDGER] the application cannot change or delete a row", () => {
  const { ids } = eventWithDecisions(1);
  assert.throws(() => sqlite().prepare("update consent_events set action = 'grant' where id = ?").run(ids[0]), /append-only/);
  assert.throws(() => sqlite().prepare("delete from consent_events where id = ?").run(ids[0]), /append-only/);
});

test("[LEDGER] verify-ledger catches an edited row and names it", () => {
  const { event, ids } = eventWithDecisions(4);
  sqlite().exec("drop trigger consent_events_append_only_update");
  try {
    sqlite().prepare("update consent_events set action = 'grant' where id = ?").run(ids[1]);
  } finally {
    sqlite().exec("create trigger consent_events_append_only_update before update on consent_events begin select raise(abort, 'consent_events is append-only'); end");
  }
  const report = verifyLedger(OPERATOR, event.eventId);
  assert.equal(report.problem?.consentId, ids[1]);
  assert.equal(report.problem?.problem, "edited");
});

test("[LEDGER] verify-ledger catches a deleted middle row: the next row no longer links to the one before", () => {
  const { event, ids } = eventWithDecisions(4);
  sqlite().exec("drop trigger consent_events_append_only_delete");
  try {
    sqlite().pragma("foreign_keys = OFF");
    sqlite().prepare("delete from consent_events where id = ?").run(ids[2]);
  } finally {
    sqlite().pragma("foreign_keys = ON");
    sqlite().exec("create trigger consent_events_append_only_delete before delete on consent_events begin select raise(abort, 'consent_events is append-only'); end");
  }
  const report = verifyLedger(OPERATOR, event.eventId);
  assert.equal(report.problem?.consentId, ids[3]);
  assert.equal(report.problem?.problem, "broken-link");
});

test("[LEDGER] the hash covers every recorded field", () => {
  const base = {
    eventId: 1, attendeeId: 2, partnerId: 3, action: "grant" as const, noticeId: 4, textSha256: "a".repeat(64), language: "en",
    method: "booth_device" as const, deviceId: 5, scanId: "s", clientId: null, deviceTime: new Date(1000), deviceClaim: null, recordedAt: new Date(2000),
  };
  const h = entryHash("p", base);
  for (const change of [{ action: "decline" as const }, { language: "de" }, { deviceTime: new Date(1001) }, { textSha256: "b".repeat(64) }, { deviceId: 6 }, { recordedAt: new Date(2001) }, { deviceClaim: new Date(0) }]) {
    assert.notEqual(entryHash("p", { ...base, ...change }), h, JSON.stringify(change));
  }
  assert.notEqual(entryHash("q", base), h);
});

test("[LEDGER] a row without a clamped claim hashes as rows did before the claim was recorded", () => {
  const entry = {
    eventId: 1, attendeeId: 2, partnerId: 3, action: "grant" as const, noticeId: 4, textSha256: "a".repeat(64), language: "en",
    method: "booth_device" as const, deviceId: 5, scanId: "s", clientId: null, deviceTime: new Date(1000), deviceClaim: null, recordedAt: new Date(2000),
  };
  // The canonical content of rows written before migration 0009 (occurred_at is now device_time).
  const before = JSON.stringify([1, 2, 3, "grant", 4, "a".repeat(64), "en", "booth_device", 5, "s", null, 1000, 2000]);
  assert.equal(canonicalEntry(entry), before);
  assert.notEqual(canonicalEntry({ ...entry, deviceClaim: new Date(0) }), before);
});
