import assert from "node:assert/strict";
import { before, test } from "node:test";
import { count, eq } from "drizzle-orm";
import { useTestDatabase } from "../test/db";
import { getDb } from "@/db/client";
import { drawingEntries } from "@/db/schema";
import { OPERATOR } from "../auth/actor";
import { AppError } from "../errors";
import { makeEvent } from "../test/fixtures";
import { attendeeDrawingStatus } from "./attendee-drawing-status";

import { enterDrawingFromPage } from "./enter-drawing-from-page";
import { attendeeActor, boothsOf, decide, freezeAndDraw, visit } from "./test-helpers";

before(() => useTestDatabase());

test("[DRAWING] the attendee sees their visits, what is still needed, and enters from their page once", () => {
  const event = makeEvent({ partnerCount: 4, attendeeCount: 1 }); // half of four: two booths
  const me = attendeeActor(event, 0);
  const booths = boothsOf(event);
  const status = () => attendeeDrawingStatus(me).find((d) => d.drawingId === event.drawingId)!;

  assert.deepEqual(
    (({ entered, visits, required, stillNeeded, eligible, open, drawn }) => ({ entered, visits, required, stillNeeded, eligible, open, drawn }))(status()),
    { entered: false, visits: 0, required: 2, stillNeeded: 2, eligible: false, open: true, drawn: false },
  );
  decide(booths[0]!, event.attendees[0]!.badgeCode, "decline", false);
  visit(booths[0]!, event.attendees[0]!.badgeCode); // the same booth again is still one booth
  assert.equal(status().visits, 1);
  assert.equal(status().stillNeeded, 1);

  const first = enterDrawingFromPage(me, event.drawingId);
  const again = enterDrawingFromPage(me, event.drawingId);
  assert.equal(again.entryId, first.entryId, "entering twice changes nothing");
  assert.equal(getDb().select({ n: count() }).from(drawingEntries).where(eq(drawingEntries.drawingId, event.drawingId)).get()!.n, 1);
  assert.equal(status().entered, true);
  assert.equal(status().entryId, first.entryId);
  assert.equal(status().eligible, false, "entered, but one booth short");

  decide(booths[3]!, event.attendees[0]!.badgeCode, "decline", false);
  assert.equal(status().eligible, true, "declining at a second booth qualifies");
  assert.equal(status().stillNeeded, 0);

  freezeAndDraw(OPERATOR, event.eventId, event.drawingId);
  assert.deepEqual(
    (({ drawn, open, won, eligible }) => ({ drawn, open, won, eligible }))(status()),
    { drawn: true, open: false, won: true, eligible: true },
    "the only eligible entry wins",
  );
});

test("[DRAWING] another event's drawing is not found from the attendee's page", () => {
  const mine = makeEvent();
  const other = makeEvent();
  assert.throws(() => enterDrawingFromPage(attendeeActor(mine, 0), other.drawingId), (e: AppError) => e.code === "not_found");
  assert.ok(attendeeDrawingStatus(attendeeActor(mine, 0)).every((d) => d.drawingId !== other.drawingId));
});
