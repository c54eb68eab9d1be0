// Issue 15 §2: the consent screen shows every open drawing with the attendee's standing in it,
// and the tap enters the drawings ticked, by id; declining to share never costs an entry.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { before, test } from "node:test";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { drawingEntries } from "@/db/schema";
import { OPERATOR } from "../auth/actor";
import { recordDecision } from "../consent/record-decision";
import { createDrawing } from "../drawing/create-drawing";
import { openScan } from "../scans/open-scan";
import { offlinePack } from "../sync/offline-pack";
import { recordBoothItems } from "./record-booth-items";
import { useTestDatabase } from "../test/db";
import { makeDevice, makeEvent } from "../test/fixtures";

before(() => useTestDatabase());

const entered = (drawingId: number, attendeeId: number) =>
  getDb().select({ id: drawingEntries.id }).from(drawingEntries).where(and(eq(drawingEntries.drawingId, drawingId), eq(drawingEntries.attendeeId, attendeeId))).get() !== undefined;

function visit(device: ReturnType<typeof makeDevice>, code: string, choice: "share" | "decline", drawingIds?: number[], drawing = false) {
  const read = { scanId: randomUUID(), code, scannedAt: new Date(), source: "camera" as const };
  const screen = openScan(device, read);
  const n = screen.notice;
  recordDecision(device, { ...read, choice, drawing, ...(drawingIds && { drawingIds }), noticeId: n.noticeId, noticeSha256: n.sha256, language: n.language, decidedAt: new Date() });
  return screen;
}

test("[DRAWING] two open drawings: each offered with the attendee's standing; a decline enters the one ticked, and the next visit shows it entered", () => {
  const event = makeEvent({ attendeeCount: 2 });
  const second = createDrawing(OPERATOR, event.eventId, { name: "Second draw", prize: "A kite", minFraction: 0.5 });
  const attendee = event.attendees[0]!;
  const phone = makeDevice(event.eventId, event.partners[0]!.id);

  const first = visit(phone, attendee.badgeCode, "decline", [second.id], true);
  assert.deepEqual(
    first.drawings?.map((d) => [d.id, d.entered]),
    [
      [event.drawingId, false],
      [second.id, false],
    ],
  );
  assert.equal(entered(second.id, attendee.id), true, "declining to share never costs an entry");
  assert.equal(entered(event.drawingId, attendee.id), false, "only the drawing ticked");

  const again = visit(phone, attendee.badgeCode, "share", [], true);
  assert.deepEqual(
    again.drawings?.map((d) => [d.id, d.entered]),
    [
      [event.drawingId, false],
      [second.id, true],
    ],
  );
  assert.equal(entered(event.drawingId, attendee.id), false, "an empty list enters nothing, whatever `drawing` says");
});

test("[DRAWING] an id of another event's drawing enters nothing; a phone that names no ids enters the first open drawing", () => {
  const event = makeEvent({ attendeeCount: 2 });
  const other = makeEvent({ attendeeCount: 1 });
  const [a, b] = event.attendees;
  const phone = makeDevice(event.eventId, event.partners[0]!.id);
  visit(phone, a!.badgeCode, "share", [other.drawingId], true);
  assert.equal(entered(other.drawingId, a!.id), false);
  assert.equal(entered(event.drawingId, a!.id), false);

  visit(phone, b!.badgeCode, "decline", undefined, true);
  assert.equal(entered(event.drawingId, b!.id), true);
});

test("[OFFLINE] the offline pack knows every open drawing and the event's zone; a queued decision enters each one ticked", () => {
  const event = makeEvent({ attendeeCount: 1 });
  const madeAt = new Date();
  const second = createDrawing(OPERATOR, event.eventId, { name: "Evening draw", prize: "A kite", minFraction: 0.5, closesAt: new Date(madeAt.getTime() + 3_600_000) });
  const phone = makeDevice(event.eventId, event.partners[0]!.id);
  const pack = offlinePack(phone, madeAt)!;
  assert.deepEqual(pack.drawings.map((d) => [d.id, d.closesAt?.getTime() ?? null]), [
    [event.drawingId, null],
    [second.id, madeAt.getTime() + 3_600_000],
  ]);
  assert.equal(pack.timeZone, "UTC");

  // The phone delivers, later, what the attendee ticked on its offline screen: both drawings.
  const attendee = event.attendees[0]!;
  const n = pack.notices[0]!;
  const at = new Date(madeAt.getTime() + 60_000).toISOString();
  const decision = { choice: "decline", drawing: true, drawingIds: [event.drawingId, second.id], noticeId: n.noticeId, noticeSha256: n.sha256, language: n.language, decidedAt: at };
  const [result] = recordBoothItems(phone, [{ scanId: randomUUID(), code: attendee.badgeCode, scannedAt: at, source: "typed", decision }]);
  assert.equal(result!.ok, true, JSON.stringify(result));
  assert.equal(entered(event.drawingId, attendee.id), true);
  assert.equal(entered(second.id, attendee.id), true);
});
