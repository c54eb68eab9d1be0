import assert from "node:assert/strict";
import { test } from "node:test";
import { HOUR_MS, hourWindow } from "./scans-per-hour";

const hourOf = (iso: string) => Math.floor(new Date(iso).getTime() / HOUR_MS);
const show = (buckets: ReturnType<typeof hourWindow>) => buckets.map((b) => `${b.start.toISOString().slice(5, 13)}=${b.scans}`);

test("[DASHBOARD] no scans, no hours", () => {
  assert.deepEqual(hourWindow([], new Date("2026-03-15T10:00:00Z")), []);
});

test("[DASHBOARD] an event shorter than a day shows its whole span, zeros included", () => {
  const rows = [
    { hour: hourOf("2026-03-14T23:00:00Z"), scans: 3 },
    { hour: hourOf("2026-03-15T01:00:00Z"), scans: 1 },
  ];
  // Looked at a week later: the event is over, the window ends at its last hour.
  assert.deepEqual(show(hourWindow(rows, new Date("2026-03-22T12:00:00Z"))), ["03-14T23=3", "03-15T00=0", "03-15T01=1"]);
  // Looked at during the event: the quiet hours up to now are shown as 0.
  assert.deepEqual(show(hourWindow(rows, new Date("2026-03-15T03:59:00Z"))), ["03-14T23=3", "03-15T00=0", "03-15T01=1", "03-15T02=0", "03-15T03=0"]);
});

test("[DASHBOARD] a longer event shows the last 24 hours of activity", () => {
  const rows = [
    { hour: hourOf("2026-03-13T09:00:00Z"), scans: 5 },
    { hour: hourOf("2026-03-14T09:00:00Z"), scans: 7 },
    { hour: hourOf("2026-03-15T08:00:00Z"), scans: 2 },
  ];
  const buckets = hourWindow(rows, new Date("2026-04-01T00:00:00Z"));
  assert.equal(buckets.length, 24);
  assert.deepEqual(show(buckets).slice(0, 2), ["03-14T09=7", "03-14T10=0"]);
  assert.equal(show(buckets).at(-1), "03-15T08=2");
  assert.equal(buckets.reduce((s, b) => s + b.scans, 0), 9, "the first day's hour is outside the window");
});
