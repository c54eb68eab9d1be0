import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { before, test } from "node:test";
import { OPERATOR, type DeviceActor } from "../auth/actor";
import { recordDecision } from "../consent/record-decision";
import { openScan } from "../scans/open-scan";
import { useTestDatabase } from "../test/db";
import { makeDevice, makeEvent, type TestEvent } from "../test/fixtures";
import { eventFigures } from "./event-figures";
import { countRuns, phoneFlags, phoneShareCounts } from "./phone-flags";

before(() => useTestDatabase());

// Every device is paired now; its times must come after its pairing, or they are clamped.
const T0 = Date.now() + 60_000;

type Share = { source?: "camera" | "typed"; choice?: "share" | "decline"; thinkMs?: number };

/** A phone's shares through the real booth path, `gapMs` apart on the phone's clock. */
function shares(event: TestEvent, device: DeviceActor, from: number, list: Share[], gapMs: number, startMs = T0) {
  list.forEach(({ source, choice = "share", thinkMs = 6_000 }, i) => {
    const scannedAt = new Date(startMs + i * gapMs);
    const decidedAt = new Date(scannedAt.getTime() + thinkMs);
    const read = { scanId: randomUUID(), code: event.attendees[from + i]!.badgeCode, scannedAt, ...(source && { source }) };
    const notice = openScan(device, read, scannedAt).notice;
    const decision = { choice, drawing: false, noticeId: notice.noticeId, noticeSha256: notice.sha256, language: notice.language, decidedAt };
    recordDecision(device, { ...read, ...decision }, decidedAt);
  });
}

const camera = (n: number, more: Share = {}): Share[] => Array.from({ length: n }, () => ({ source: "camera", ...more }));

test("[DASHBOARD] a phone whose shares came from typed codes is listed with its typed count; typed declines are not shares", () => {
  const event = makeEvent({ partnerCount: 1, attendeeCount: 8 });
  const phone = makeDevice(event.eventId, event.partners[0]!.id, "Front desk");
  shares(event, phone, 0, [...camera(2), { source: "typed" }, { source: "typed", choice: "decline" }, ...camera(1)], 60_000);
  const flags = phoneFlags(event.eventId);
  assert.deepEqual(flags, [
    { deviceId: phone.deviceId, deviceName: "Front desk", partnerId: event.partners[0]!.id, partnerName: event.partners[0]!.name, shares: 4, typed: 1, fast: 0, runs: 0, inRuns: 0 },
  ]);
});

test("[DASHBOARD] a run of five shares each within 10 s is flagged, and so is a phone with three shares decided within 2 s of their scans", () => {
  const event = makeEvent({ partnerCount: 2, attendeeCount: 12 });
  const burst = makeDevice(event.eventId, event.partners[0]!.id, "Burst");
  const quick = makeDevice(event.eventId, event.partners[1]!.id, "Quick");
  shares(event, burst, 0, camera(6, { thinkMs: 3_000 }), 9_000); // six shares, 9 s apart: one run
  shares(event, quick, 6, [...camera(3), ...camera(3, { thinkMs: 1_500 })], 60_000);
  const flags = phoneFlags(event.eventId);
  const counts = (deviceId: number) => {
    const f = flags.find((x) => x.deviceId === deviceId);
    return f && [f.shares, f.typed, f.fast, f.runs, f.inRuns];
  };
  assert.deepEqual(counts(burst.deviceId), [6, 0, 0, 1, 6]);
  assert.deepEqual(counts(quick.deviceId), [6, 0, 3, 0, 0]);
  assert.equal(flags.length, 2);
});

test("[DASHBOARD] a normal pace is not flagged: shares a minute apart, four close ones in a row, two quick taps, an older phone that did not say", () => {
  const event = makeEvent({ partnerCount: 1, attendeeCount: 20 });
  const calm = makeDevice(event.eventId, event.partners[0]!.id, "Calm");
  shares(event, calm, 0, camera(6), 30_000);
  shares(event, calm, 6, camera(4, { thinkMs: 3_000 }), 9_000, T0 + 600_000); // four within 10 s: not yet a run
  shares(event, calm, 10, [{}, {}, {}], 60_000, T0 + 900_000); // no source: unknown, never counted as typed
  shares(event, calm, 13, camera(2, { thinkMs: 1_500 }), 60_000, T0 + 1_200_000); // two quick taps: people who had decided
  assert.deepEqual(phoneFlags(event.eventId), []);
  assert.deepEqual(eventFigures(OPERATOR, event.eventId).phones, []);
});

test("[DASHBOARD] another event's phones are never listed, however unusual", () => {
  const mine = makeEvent({ partnerCount: 1, attendeeCount: 3 });
  const other = makeEvent({ partnerCount: 1, attendeeCount: 8 });
  const calm = makeDevice(mine.eventId, mine.partners[0]!.id);
  const wild = makeDevice(other.eventId, other.partners[0]!.id);
  shares(mine, calm, 0, camera(2), 60_000);
  shares(other, wild, 0, Array.from({ length: 6 }, () => ({ source: "typed" as const, thinkMs: 500 })), 2_000);
  assert.deepEqual(phoneFlags(mine.eventId), []);
  assert.deepEqual(eventFigures(OPERATOR, mine.eventId).phones, []);
  assert.deepEqual(phoneFlags(other.eventId).map((f) => [f.deviceId, f.shares, f.typed, f.fast, f.runs]), [[wild.deviceId, 6, 6, 6, 1]]);
});

test("[DASHBOARD] a clamped device time is not the phone's pace: read to tap is measured between receipts", () => {
  const event = makeEvent({ partnerCount: 1, attendeeCount: 2 });
  const phone = makeDevice(event.eventId, event.partners[0]!.id);
  const tap = (i: number, claimed: Date) => {
    const scannedAt = new Date(T0 + i * 60_000);
    const read = { scanId: randomUUID(), code: event.attendees[i]!.badgeCode, scannedAt, source: "camera" };
    const notice = openScan(phone, read, scannedAt).notice;
    const decision = { choice: "share", drawing: false, noticeId: notice.noticeId, noticeSha256: notice.sha256, language: notice.language };
    recordDecision(phone, { ...read, ...decision, decidedAt: claimed }, new Date(scannedAt.getTime() + 6_000));
  };
  tap(0, new Date(0)); // 1970: clamped to the pairing, before the scan; received 6 s after it
  assert.deepEqual(phoneShareCounts(event.eventId).map((f) => [f.shares, f.fast]), [[1, 0]]);
  tap(1, new Date(T0 + 60_000 + 500)); // within range: the phone's own 0.5 s counts
  assert.deepEqual(phoneShareCounts(event.eventId).map((f) => [f.shares, f.fast]), [[2, 1]]);
});

test("[DASHBOARD] runs are counted on the phone's times in order, whatever order they arrived in", () => {
  assert.deepEqual(countRuns([]), { runs: 0, inRuns: 0 });
  assert.deepEqual(countRuns([0, 9_999, 19_998, 29_997]), { runs: 0, inRuns: 0 });
  assert.deepEqual(countRuns([40_000, 0, 30_000, 10_000, 20_000]), { runs: 0, inRuns: 0 }); // 10 s apart is not within 10 s
  assert.deepEqual(countRuns([4, 0, 3, 1, 2, 100_000, 100_001, 100_002, 100_003, 100_004, 100_005]), { runs: 2, inRuns: 11 });
});

test("[DASHBOARD] a refresh reads only the shares since the last one, and counts the same as a full read", () => {
  const event = makeEvent({ partnerCount: 1, attendeeCount: 12 });
  const phone = makeDevice(event.eventId, event.partners[0]!.id, "Busy");
  shares(event, phone, 0, camera(3), 9_000);
  assert.deepEqual(phoneShareCounts(event.eventId).map((f) => [f.shares, f.runs]), [[3, 0]]);
  // Three more in the same run, and one that arrived late from an offline phone but falls inside it.
  shares(event, phone, 3, camera(3), 9_000, T0 + 27_000);
  shares(event, phone, 6, camera(1), 0, T0 + 4_000);
  const counts = phoneShareCounts(event.eventId).map((f) => [f.shares, f.runs, f.inRuns]);
  assert.deepEqual(counts, [[7, 1, 7]]);
  // A process that never read this event before (a fresh tally) counts the same.
  const fresh = spawnSync(process.execPath, ["--import", "tsx", "-e", `
    const { phoneShareCounts } = require("./lib/dashboard/phone-flags.ts");
    console.log(JSON.stringify(phoneShareCounts(${event.eventId}).map((f) => [f.shares, f.runs, f.inRuns])));`], { encoding: "utf8", env: process.env });
  assert.equal(fresh.stdout.trim(), JSON.stringify(counts), fresh.stderr);
});
