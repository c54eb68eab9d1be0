// Issue 13 finding 3: a phone guessing badge codes is stopped within a few dozen guesses; a
// booth at human speed, and a phone back online with its queue, never are (docs/decisions/032).
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { before, test } from "node:test";
import { count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { devices, scans } from "@/db/schema";
import type { ItemResult } from "../sync/sync-result";
import { useTestDatabase } from "../test/db";
import { makeDevice, makeEvent } from "../test/fixtures";
import { BADGE_LOOKUPS, LOOKUP_COST } from "./lookup-meter";
import { phoneMisses } from "../dashboard/phone-misses";
import { recordBoothItems } from "./record-booth-items";

before(() => useTestDatabase());

const T0 = Date.parse("2026-12-05T09:00:00Z");
const at = (ms: number) => new Date(T0 + ms);
const scan = (code: string, ms: number, source: "camera" | "typed" = "camera") => ({
  scanId: randomUUID(),
  code,
  scannedAt: at(ms).toISOString(),
  source,
});
const statuses = (results: ItemResult[]) => results.map((r) => r.status);
const scanCount = (deviceId: number) => getDb().select({ n: count() }).from(scans).where(eq(scans.deviceId, deviceId)).get()!.n;
const firstRefused = (results: ItemResult[]) => results.findIndex((r) => r.status === 429);

test("[LIMIT] sequential guesses in one batch: refused after a few dozen, the refused ones not looked up nor recorded", () => {
  const event = makeEvent();
  const phone = makeDevice(event.eventId, event.partners[0]!.id);
  const guesses = Array.from({ length: 100 }, (_, i) => scan(`VEND-${String(i).padStart(5, "0")}`, 0));
  const results = recordBoothItems(phone, guesses, at(1_000));
  const allowed = BADGE_LOOKUPS.capacity / LOOKUP_COST.camera.miss; // 45
  assert.equal(firstRefused(results), allowed);
  assert.deepEqual(new Set(statuses(results.slice(0, allowed))), new Set([404]));
  assert.deepEqual(new Set(statuses(results.slice(allowed))), new Set([429]));
  const refused = results[allowed]!;
  assert.ok(!refused.ok && refused.code === "rate_limited" && refused.limit === BADGE_LOOKUPS.name);
  assert.ok(!refused.ok && refused.retryAfter! >= 1 && refused.message.startsWith(`Slow down: try again in ${refused.retryAfter} s`));
  assert.equal(scanCount(phone.deviceId), 0);

  // One more guess after the wait it was told is admitted; one right away is not.
  const wait = !refused.ok ? refused.retryAfter! * 1000 : 0;
  assert.equal(recordBoothItems(phone, [scan("VEND-00100", 0)], at(1_000 + wait - 1_000))[0]!.status, 429);
  assert.equal(recordBoothItems(phone, [scan("VEND-00101", 0)], at(1_000 + wait))[0]!.status, 404);

  const row = getDb().select({ misses: devices.badgeMisses, limitedAt: devices.lookupsLimitedAt }).from(devices).where(eq(devices.id, phone.deviceId)).get()!;
  assert.equal(row.misses, allowed + 1, "the dashboard's count: misses, not refusals");
  assert.equal(row.limitedAt?.getTime(), T0 + wait);
});

test("[LIMIT] typed codes are stricter: single guesses refused sooner than camera reads", () => {
  const event = makeEvent();
  const phone = makeDevice(event.eventId, event.partners[0]!.id);
  const results = Array.from({ length: 40 }, (_, i) => recordBoothItems(phone, [scan(`V${i}`, 0, "typed")], at(i * 10))[0]!);
  assert.equal(firstRefused(results), Math.floor(BADGE_LOOKUPS.capacity / LOOKUP_COST.typed.miss) + 1); // 22 + the leak of 0.4 s
  assert.equal(scanCount(phone.deviceId), 0);
});

test("[LIMIT] a booth at human speed for an hour, then 300 scans from an offline half hour, is never limited", () => {
  const event = makeEvent({ attendeeCount: 40 });
  const phone = makeDevice(event.eventId, event.partners[0]!.id);
  const code = (i: number) => event.attendees[i % 40]!.badgeCode;
  // A scan every 3 s; one in 20 a misread or another event's badge, one in 10 typed.
  for (let i = 0; i < 1_200; i++) {
    const source = i % 10 === 0 ? "typed" : "camera";
    const [result] = recordBoothItems(phone, [scan(i % 20 === 7 ? `OTHER-${i}` : code(i), i * 3_000, source)], at(i * 3_000));
    assert.notEqual(result!.status, 429, `scan ${i} was limited`);
  }
  // Offline for half an hour: 300 scans (with decisions on the phone, not needed here), 5 % misses,
  // sent in the phone's batches of 50 as soon as it is back.
  const back = 3_600_000 + 1_800_000;
  const queue = Array.from({ length: 300 }, (_, i) => scan(i % 20 === 3 ? `OTHER-Q${i}` : code(i), 3_600_000 + i * 6_000));
  for (let b = 0; b < 6; b++) {
    const results = recordBoothItems(phone, queue.slice(b * 50, b * 50 + 50), at(back + b * 200));
    assert.equal(firstRefused(results), -1, `batch ${b} was limited`);
  }
  // Its answers were lost: the same 300 again are repeats and cost nothing.
  for (let b = 0; b < 6; b++) assert.equal(firstRefused(recordBoothItems(phone, queue.slice(b * 50, b * 50 + 50), at(back + 2_000))), -1);
  const limitedAt = getDb().select({ t: devices.lookupsLimitedAt }).from(devices).where(eq(devices.id, phone.deviceId)).get()!.t;
  assert.equal(limitedAt, null);
});

test("[LIMIT] each phone has its own limit", () => {
  const event = makeEvent();
  const guesser = makeDevice(event.eventId, event.partners[0]!.id);
  const other = makeDevice(event.eventId, event.partners[0]!.id, "Other phone");
  recordBoothItems(guesser, Array.from({ length: 60 }, (_, i) => scan(`G${i}`, 0)), at(0));
  assert.equal(recordBoothItems(guesser, [scan(event.attendees[0]!.badgeCode, 0)], at(0))[0]!.status, 429);
  assert.equal(recordBoothItems(other, [scan(event.attendees[0]!.badgeCode, 0)], at(0))[0]!.status, 200);
});

test("[DASHBOARD] phones with repeated codes not found, or refused lookups, are listed with when they were last slowed down", () => {
  const event = makeEvent();
  const honest = makeDevice(event.eventId, event.partners[0]!.id, "Honest phone");
  const guesser = makeDevice(event.eventId, event.partners[1]!.id, "Guessing phone");
  recordBoothItems(honest, [scan("OTHER-EVENT-1", 0), scan(event.attendees[0]!.badgeCode, 0)], at(0));
  recordBoothItems(guesser, Array.from({ length: 50 }, (_, i) => scan(`G${i}`, 0)), at(5_000));
  assert.deepEqual(phoneMisses(event.eventId), [
    {
      deviceId: guesser.deviceId,
      deviceName: "Guessing phone",
      partnerId: event.partners[1]!.id,
      partnerName: event.partners[1]!.name,
      misses: 45,
      limitedAt: at(5_000),
    },
  ]);
});
