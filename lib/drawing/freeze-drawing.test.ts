import assert from "node:assert/strict";
import { before, test } from "node:test";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { drawings, partners } from "@/db/schema";
import { OPERATOR } from "../auth/actor";
import { AppError } from "../errors";
import { useTestDatabase } from "../test/db";
import { makeEvent } from "../test/fixtures";
import { attendeeDrawingStatus } from "./attendee-drawing-status";
import { roundTime } from "./beacon";
import { createDrawing } from "./create-drawing";
import { drawWinners } from "./draw-winners";
import { summarizeDrawings } from "./drawing-summary";
import { enterDrawingFromPage } from "./enter-drawing-from-page";
import { freezeDrawing } from "./freeze-drawing";
import { verifyInclusion } from "./merkle";
import { getPublicDrawing } from "./public-drawing";
import { recomputeDrawing } from "./recompute-drawing";
import { BEACON, attendeeActor, boothsOf, freezeAndDraw, visit } from "./test-helpers";

before(() => useTestDatabase());

const PARTNER = { booth: "B9", privacyUrl: "https://example.com/privacy", purpose: "To send offers." };
const minutes = (t0: Date, m: number) => new Date(t0.getTime() + m * 60_000);

/** Four partners, half of them needed, closing at t0+60 with 15 minutes' grace. */
function setUp(attendeeCount = 3) {
  const event = makeEvent({ partnerCount: 4, attendeeCount });
  const t0 = new Date();
  const { id } = createDrawing(OPERATOR, event.eventId, { name: "Trail", prize: "A bike", winners: 3, minFraction: 0.5, closesAt: minutes(t0, 60) }, t0);
  const booths = boothsOf(event);
  event.attendees.forEach((_, i) => enterDrawingFromPage(attendeeActor(event, i), id, minutes(t0, 1)));
  return { event, t0, id, booths };
}

test("[DRAWING] the freeze waits for the grace period; visits count by the server's receipt, nothing received later", () => {
  const { event, t0, id, booths } = setUp();
  const [onTime, offline, tooLate] = event.attendees;
  for (const b of booths.slice(0, 2)) visit(b, onTime!.badgeCode, minutes(t0, 10));
  visit(booths[0]!, offline!.badgeCode, minutes(t0, 20));
  // An offline phone: scanned before the close, received within the grace period.
  visit(booths[1]!, offline!.badgeCode, minutes(t0, 70), minutes(t0, 55));
  visit(booths[0]!, tooLate!.badgeCode, minutes(t0, 20));
  assert.throws(() => freezeDrawing(OPERATOR, event.eventId, id, minutes(t0, 70)), (e: AppError) => e.code === "conflict" && /grace period/.test(e.message));
  // Received after the grace period, claiming a time before the close: it does not count.
  visit(booths[1]!, tooLate!.badgeCode, minutes(t0, 76), minutes(t0, 30));
  const frozen = freezeDrawing(OPERATOR, event.eventId, id, minutes(t0, 80));
  const entryOf = (i: number) => attendeeDrawingStatus(attendeeActor(event, i), minutes(t0, 81)).find((d) => d.drawingId === id)!;
  assert.deepEqual(frozen.eligibleEntryIds, [entryOf(0).entryId, entryOf(1).entryId]);
  assert.equal(entryOf(2).eligible, false);
  // Nothing that arrives after the freeze changes it, and nobody enters.
  visit(booths[2]!, tooLate!.badgeCode, minutes(t0, 82));
  assert.throws(() => enterDrawingFromPage(attendeeActor(event, 2), id, minutes(t0, 82)), (e: AppError) => e.code === "gone");
  assert.throws(() => freezeDrawing(OPERATOR, event.eventId, id, minutes(t0, 90)), (e: AppError) => e.code === "conflict" && /already frozen/.test(e.message));
  assert.equal(getPublicDrawing(id).published.freeze!.entryCount, 2);
});

test("[DRAWING] partners added after the close do not move the bar, before or after the draw", () => {
  const { event, t0, id, booths } = setUp(1);
  for (const b of booths.slice(0, 2)) visit(b, event.attendees[0]!.badgeCode, minutes(t0, 5));
  // Two more partners, added after the close (their rows say so): the live bar would be 3 of 6.
  getDb().insert(partners).values([0, 1].map((i) => ({ eventId: event.eventId, name: `Late ${i} ${t0.getTime()}`, ...PARTNER, createdAt: minutes(t0, 61) }))).run();
  const frozen = freezeDrawing(OPERATOR, event.eventId, id, minutes(t0, 80));
  const f = getPublicDrawing(id).published.freeze!;
  assert.equal(f.partnersCounted, 4);
  assert.equal(f.requiredBooths, 2);
  assert.equal(frozen.entryCount, 1, "the attendee with two booths stays eligible");
  const summary = summarizeDrawings(OPERATOR, event.eventId).find((d) => d.id === id)!;
  assert.equal(summary.required, 2);
  assert.equal(summary.eligible, 1);
});

test("[DRAWING] the beacon round is named at the freeze and must be out before the draw; witnesses give one value each", () => {
  const event = makeEvent({ partnerCount: 2, attendeeCount: 2 });
  const { id } = createDrawing(OPERATOR, event.eventId, { name: "Witnessed", prize: "A cup", minPartners: 1, witnesses: ["Notary Meier", "Ms Guest"] });
  const now = new Date();
  const frozen = freezeDrawing(OPERATOR, event.eventId, id, now);
  const due = roundTime(frozen.beaconRound);
  assert.ok(due.getTime() >= now.getTime() + 60_000, "the round does not exist at the freeze");
  assert.throws(() => drawWinners(OPERATOR, event.eventId, id, { beaconRandomness: BEACON, witnessValues: ["1", "2"] }, new Date(due.getTime() - 1)), (e: AppError) => e.code === "conflict" && /round/.test(e.message));
  assert.throws(() => drawWinners(OPERATOR, event.eventId, id, { beaconRandomness: BEACON, witnessValues: ["1"] }, due), (e: AppError) => e.code === "invalid");
  assert.throws(() => drawWinners(OPERATOR, event.eventId, id, { beaconRandomness: "xyz", witnessValues: ["1", "2"] }, due), (e: AppError) => e.code === "invalid");
  drawWinners(OPERATOR, event.eventId, id, { beaconRandomness: BEACON.toUpperCase(), witnessValues: ["1", "2"] }, due);
  const draw = getPublicDrawing(id).published.draw!;
  assert.equal(draw.beaconRandomness, BEACON);
  assert.deepEqual(draw.witnessValues, [{ name: "Notary Meier", value: "1" }, { name: "Ms Guest", value: "2" }]);
});

test("[DRAWING] a drawn drawing's public record never changes, whatever happens to the live tables", () => {
  const { event, t0, id, booths } = setUp(2);
  for (const a of event.attendees) for (const b of booths.slice(0, 2)) visit(b, a.badgeCode, minutes(t0, 5));
  freezeAndDraw(OPERATOR, event.eventId, id, minutes(t0, 80));
  const text = () => JSON.stringify(getPublicDrawing(id).published);
  const drawnRecord = text();
  const check = recomputeDrawing(JSON.parse(drawnRecord));
  assert.equal(check.ok, true, check.problems.join(" "));
  getDb().update(drawings).set({ name: "Renamed", prize: "Nothing", winners: 1, minPartners: 4 }).where(eq(drawings.id, id)).run();
  getDb().insert(partners).values({ eventId: event.eventId, name: `Later ${t0.getTime()}`, ...PARTNER }).run();
  assert.equal(text(), drawnRecord);
});

test("[DRAWING] an entrant sees their own salted inclusion proof on their page, and it checks against the published root", () => {
  const { event, t0, id, booths } = setUp(3);
  for (const a of event.attendees.slice(0, 2)) for (const b of booths.slice(0, 2)) visit(b, a.badgeCode, minutes(t0, 5));
  freezeDrawing(OPERATOR, event.eventId, id, minutes(t0, 80));
  const root = getPublicDrawing(id).published.freeze!.entryRoot;
  const status = (i: number) => attendeeDrawingStatus(attendeeActor(event, i), minutes(t0, 81)).find((d) => d.drawingId === id)!;
  const mine = status(0).proof!;
  assert.equal(mine.entryId, status(0).entryId);
  assert.equal(mine.root, root);
  assert.equal(verifyInclusion(mine.entryId, mine.salt, mine.path, root), true);
  const other = status(1).proof!;
  assert.notEqual(mine.salt, other.salt, "a salt per entry");
  assert.ok(!JSON.stringify(mine).includes(other.salt) && !JSON.stringify(mine).includes(`${other.entryId}:`), "nothing of the other entry");
  assert.equal(status(2).proof, null, "an entry that did not qualify has no proof");
  assert.ok(!JSON.stringify(getPublicDrawing(id).published).includes(mine.salt), "the salt is not published");
});
