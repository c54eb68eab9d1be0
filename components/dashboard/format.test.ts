// The dashboard's hour labels and clock times: the event's wall clock, naming the zone where it matters.
import assert from "node:assert/strict";
import { test } from "node:test";
import { dayAndClock, hourLabels } from "./format";

const starts = (...isos: string[]) => isos.map((iso) => new Date(iso));

test("[DASHBOARD] hour labels on the event's clock: the day at the first hour and at each local midnight", () => {
  assert.deepEqual(hourLabels(starts("2026-03-14T23:00:00Z", "2026-03-15T00:00:00Z", "2026-03-15T01:00:00Z"), "UTC"), ["14 Mar 23:00", "15 Mar 00:00", "01:00"]);
  // Kolkata's hours start at half past the UTC hour; its midnight is 18:30 UTC.
  assert.deepEqual(hourLabels(starts("2026-12-05T17:30:00Z", "2026-12-05T18:30:00Z", "2026-12-05T19:30:00Z"), "Asia/Kolkata"), ["5 Dec 23:00", "6 Dec 00:00", "01:00"]);
});

test("[DASHBOARD] the night clocks go back: the repeated hour is told apart by the zone's name", () => {
  const night = starts("2026-10-24T23:00:00Z", "2026-10-25T00:00:00Z", "2026-10-25T01:00:00Z", "2026-10-25T02:00:00Z");
  assert.deepEqual(hourLabels(night, "Europe/Berlin"), ["25 Oct 01:00", "02:00", "02:00 CET", "03:00"]);
});

test("[DASHBOARD] a moment in the event: its day and clock, and the zone", () => {
  assert.equal(dayAndClock(new Date("2026-12-05T23:30:00Z"), "Europe/Berlin"), "6 Dec 00:30:00 CET");
});
