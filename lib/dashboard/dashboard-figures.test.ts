import assert from "node:assert/strict";
import { before, test } from "node:test";
import { OPERATOR } from "../auth/actor";
import { AppError } from "../errors";
import { useTestDatabase } from "../test/db";
import { decideAtBooth } from "../test/decide";
import { makeDevice, makeEvent } from "../test/fixtures";
import { dashboardFigures, maxAgeMs } from "./dashboard-figures";

before(() => useTestDatabase());

test("[DASHBOARD] figures are kept for ten times what they cost to count, at most a minute", () => {
  assert.equal(maxAgeMs(3), 30);
  assert.equal(maxAgeMs(2_500), 25_000);
  assert.equal(maxAgeMs(20_000), 60_000);
});

test("[DASHBOARD] kept figures are shown until they are due, then counted again; the guard runs every time", () => {
  const event = makeEvent();
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  const t = new Date("2026-03-15T10:00:00Z");
  assert.equal(dashboardFigures(OPERATOR, event.eventId, t).totals.scans, 0);
  decideAtBooth(device, event.attendees[0]!.badgeCode, "share", { at: t });
  assert.equal(dashboardFigures(OPERATOR, event.eventId, t).totals.scans, 0, "the same instant: the kept figures");
  assert.throws(() => dashboardFigures(device, event.eventId, t), (e: AppError) => e.code === "forbidden");
  const later = new Date(t.getTime() + 60_001);
  assert.equal(dashboardFigures(OPERATOR, event.eventId, later).totals.scans, 1);
  assert.equal(dashboardFigures(OPERATOR, event.eventId, later).totals.leads, 1);
});
