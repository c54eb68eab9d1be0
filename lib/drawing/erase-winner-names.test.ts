// Erasure wins over "never changes" (decision 027): an erased winner's name leaves the published
// record, their entry number, salt and leaf stay, and the result recomputes against the values
// a verifier saved at the freeze.
import assert from "node:assert/strict";
import { before, test } from "node:test";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { attendees, drawingEntries } from "@/db/schema";
import { OPERATOR } from "../auth/actor";
import { eraseAttendee } from "../retention/erase-attendee";
import { useTestDatabase } from "../test/db";
import { makeEvent } from "../test/fixtures";
import { createDrawing } from "./create-drawing";
import { enterDrawingFromPage } from "./enter-drawing-from-page";
import { ERASED_WINNER } from "./erase-winner-names";
import { getPublicDrawing } from "./public-drawing";
import { recomputeDrawing } from "./recompute-drawing";
import { attendeeActor, boothsOf, freezeAndDraw, visit } from "./test-helpers";

before(() => useTestDatabase());

test("[RETENTION] an erased winner's name leaves the published record; the drawing still recomputes", () => {
  const event = makeEvent({ partnerCount: 1, attendeeCount: 4 });
  const { id } = createDrawing(OPERATOR, event.eventId, { name: "Erase me", prize: "A kite", winners: 2, minPartners: 1 });
  const [booth] = boothsOf(event);
  event.attendees.forEach((a, i) => {
    visit(booth!, a.badgeCode);
    enterDrawingFromPage(attendeeActor(event, i), id);
  });
  freezeAndDraw(OPERATOR, event.eventId, id);
  const before = getPublicDrawing(id).published;
  const earlier = { seedSha256: before.seedSha256, entryRoot: before.freeze!.entryRoot, freezeSha256: before.freezeSha256! };
  const [first, second] = before.draw!.winners;
  const winner = getDb().select({ attendeeId: drawingEntries.attendeeId }).from(drawingEntries).where(eq(drawingEntries.id, first!.entryId)).get()!;
  const { firstName } = getDb().select({ firstName: attendees.firstName }).from(attendees).where(eq(attendees.id, winner.attendeeId)).get()!;
  assert.ok(first!.displayName.startsWith(firstName), "the record named the winner before");

  eraseAttendee(OPERATOR, event.eventId, winner.attendeeId);

  const after = getPublicDrawing(id).published;
  const [erased, kept] = after.draw!.winners;
  assert.equal(erased!.displayName, ERASED_WINNER);
  assert.doesNotMatch(JSON.stringify(after), new RegExp(firstName), "no trace of the name in result.json");
  assert.deepEqual({ ...erased, displayName: first!.displayName }, first, "entry number, salt, leaf and rank stay");
  assert.deepEqual(kept, second, "the other winner is untouched");
  assert.deepEqual({ ...after, draw: { ...after.draw!, winners: [] } }, { ...before, draw: { ...before.draw!, winners: [] } }, "nothing else changed");
  const r = recomputeDrawing(JSON.parse(JSON.stringify(after)), earlier);
  assert.equal(r.ok, true, r.problems.join(" "));
});
