// Staff screens' times: as before for a UTC event, in the event's zone and naming it otherwise.
import assert from "node:assert/strict";
import { test } from "node:test";
import { formatTime } from "./leads/format-time";
import { leadTime } from "./leads/lead-table";
import { staffClock, staffTime } from "./staff-time";

const at = new Date("2026-12-05T14:05:09Z");

test("[I18N] a UTC event's staff times read as they always did", () => {
  assert.equal(staffTime(at, "UTC"), "5 Dec 2026, 14:05 UTC");
  assert.equal(leadTime(at, "UTC"), at.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC");
  assert.equal(formatTime(at, "UTC"), at.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" }) + " UTC");
});

test("[I18N] an event's zone: its local time, and which zone", () => {
  assert.equal(staffTime(at, "Europe/Berlin"), "5 Dec 2026, 15:05 CET");
  assert.equal(staffTime(new Date("2026-07-05T14:05:09Z"), "Europe/Berlin"), "5 Jul 2026, 16:05 CEST");
  assert.equal(formatTime(at, "America/New_York"), "5 Dec 2026, 09:05:09 EST");
  assert.equal(staffTime(at, "Asia/Tokyo", { date: "short" }), "05/12/2026, 23:05 GMT+9");
  assert.equal(staffClock(at, "Europe/Berlin"), "15:05:09 CET");
  assert.equal(staffClock(new Date("2026-12-05T23:00:00Z"), "Europe/Berlin"), "00:00:00 CET", "midnight is 00, never 24");
  assert.equal(staffClock(at, "UTC"), "14:05:09 UTC");
});
