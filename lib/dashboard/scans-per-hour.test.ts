import assert from "node:assert/strict";
import { test } from "node:test";
import { HOUR_MS, hourWindow, localHours } from "./scans-per-hour";

const hourOf = (iso: string) => Math.floor(new Date(iso).getTime() / HOUR_MS);
const show = (buckets: ReturnType<typeof hourWindow>) => buckets.map((b) => `${b.start.toISOString().slice(5, 13)}=${b.scans}`);
/** Scans as the database counts them: per quarter hour since the epoch. */
const quarters = (...isos: string[]) => isos.map((iso) => ({ quarter: Math.floor(new Date(iso).getTime() / 900_000), scans: 1 }));
/** The buckets as the organizer reads them: the start on the event's clock (and the UTC instant), and the count. */
const onClock = (buckets: ReturnType<typeof hourWindow>, timeZone: string) =>
  buckets.map((b) => `${b.start.toLocaleString("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZoneName: "short" })} (${b.start.toISOString().slice(11, 16)}Z)=${b.scans}`);

test("[DASHBOARD] no scans, no hours", () => {
  assert.deepEqual(hourWindow([], new Date("2026-03-15T10:00:00Z"), "UTC"), []);
});

test("[DASHBOARD] an event shorter than a day shows its whole span, zeros included", () => {
  const rows = [
    { hour: hourOf("2026-03-14T23:00:00Z"), scans: 3 },
    { hour: hourOf("2026-03-15T01:00:00Z"), scans: 1 },
  ];
  // Looked at a week later: the event is over, the window ends at its last hour.
  assert.deepEqual(show(hourWindow(rows, new Date("2026-03-22T12:00:00Z"), "UTC")), ["03-14T23=3", "03-15T00=0", "03-15T01=1"]);
  // Looked at during the event: the quiet hours up to now are shown as 0.
  assert.deepEqual(show(hourWindow(rows, new Date("2026-03-15T03:59:00Z"), "UTC")), ["03-14T23=3", "03-15T00=0", "03-15T01=1", "03-15T02=0", "03-15T03=0"]);
});

test("[DASHBOARD] a longer event shows the last 24 hours of activity", () => {
  const rows = [
    { hour: hourOf("2026-03-13T09:00:00Z"), scans: 5 },
    { hour: hourOf("2026-03-14T09:00:00Z"), scans: 7 },
    { hour: hourOf("2026-03-15T08:00:00Z"), scans: 2 },
  ];
  const buckets = hourWindow(rows, new Date("2026-04-01T00:00:00Z"), "UTC");
  assert.equal(buckets.length, 24);
  assert.deepEqual(show(buckets).slice(0, 2), ["03-14T09=7", "03-14T10=0"]);
  assert.equal(show(buckets).at(-1), "03-15T08=2");
  assert.equal(buckets.reduce((s, b) => s + b.scans, 0), 9, "the first day's hour is outside the window");
});

test("[DASHBOARD] a half-hour zone: Kolkata's 10:00–11:00 is one bucket, 04:30–05:30 UTC, not two UTC hours", () => {
  const zone = "Asia/Kolkata";
  // 09:59, 10:00, 10:45 and 11:00 in Kolkata (+5:30).
  const hours = localHours(quarters("2026-12-05T04:29:00Z", "2026-12-05T04:30:00Z", "2026-12-05T05:15:00Z", "2026-12-05T05:30:00Z"), zone);
  const buckets = hourWindow(hours, new Date("2026-12-12T00:00:00Z"), zone);
  assert.deepEqual(onClock(buckets, zone), ["09:00 GMT+5:30 (03:30Z)=1", "10:00 GMT+5:30 (04:30Z)=2", "11:00 GMT+5:30 (05:30Z)=1"]);
  // Newfoundland, half an hour the other way (−3:30): 10:00 there is 13:30 UTC.
  const stJohns = hourWindow(localHours(quarters("2026-12-05T13:30:00Z", "2026-12-05T14:15:00Z"), "America/St_Johns"), new Date("2026-12-12T00:00:00Z"), "America/St_Johns");
  assert.deepEqual(onClock(stJohns, "America/St_Johns"), ["10:00 GMT-3:30 (13:30Z)=2"]);
});

test("[DASHBOARD] daylight saving: the skipped hour is no bucket, the repeated hour two; every bucket is one real hour", () => {
  const zone = "Europe/Berlin";
  // 29 March 2026: 02:00 CET becomes 03:00 CEST at 01:00 UTC.
  const spring = hourWindow(localHours(quarters("2026-03-29T00:30:00Z", "2026-03-29T01:30:00Z"), zone), new Date("2026-04-05T00:00:00Z"), zone);
  assert.deepEqual(onClock(spring, zone), ["01:00 CET (00:00Z)=1", "03:00 CEST (01:00Z)=1"]);
  // 25 October 2026: 03:00 CEST becomes 02:00 CET at 01:00 UTC; 02:30 happens twice.
  const autumn = hourWindow(localHours(quarters("2026-10-25T00:30:00Z", "2026-10-25T00:45:00Z", "2026-10-25T01:30:00Z"), zone), new Date("2026-11-01T00:00:00Z"), zone);
  assert.deepEqual(onClock(autumn, zone), ["02:00 CEST (00:00Z)=2", "02:00 CET (01:00Z)=1"]);
});

test("[DASHBOARD] the current hour is the zone's: a live event in Kolkata runs up to the local hour now", () => {
  const zone = "Asia/Kolkata";
  const hours = localHours(quarters("2026-12-05T04:30:00Z"), zone);
  // 12:10 in Kolkata: 10:00 had a scan, 11:00 and 12:00 are quiet so far.
  assert.deepEqual(onClock(hourWindow(hours, new Date("2026-12-05T06:40:00Z"), zone), zone), [
    "10:00 GMT+5:30 (04:30Z)=1",
    "11:00 GMT+5:30 (05:30Z)=0",
    "12:00 GMT+5:30 (06:30Z)=0",
  ]);
});
