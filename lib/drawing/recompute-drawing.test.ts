import assert from "node:assert/strict";
import { before, test } from "node:test";
import { useTestDatabase } from "../test/db";
import { OPERATOR } from "../auth/actor";
import { AppError } from "../errors";
import { makeEvent } from "../test/fixtures";
import { createDrawing } from "./create-drawing";
import { drawWinners } from "./draw-winners";
import { enterDrawingFromPage } from "./enter-drawing-from-page";
import { getPublicDrawing } from "./public-drawing";
import { recomputeDrawing, type PublishedDrawing } from "./recompute-drawing";
import { attendeeActor, boothsOf, visit } from "./test-helpers";

before(() => useTestDatabase());

/** A drawn drawing's result.json as a verifier downloads it (text, parsed again). */
function publishedDrawn(): PublishedDrawing {
  const event = makeEvent({ partnerCount: 2, attendeeCount: 8 });
  const { id } = createDrawing(OPERATOR, event.eventId, { name: "Verify me", prize: "A kite", winners: 3, minPartners: 1 });
  const [booth] = boothsOf(event);
  event.attendees.forEach((a, i) => {
    if (i % 4 !== 3) visit(booth!, a.badgeCode); // some entries are not eligible
    enterDrawingFromPage(attendeeActor(event, i), id);
  });
  drawWinners(OPERATOR, event.eventId, id);
  return JSON.parse(JSON.stringify(getPublicDrawing(id).published)) as PublishedDrawing;
}

test("[DRAWING] the published JSON alone recomputes the winners and checks the commitment", () => {
  const published = publishedDrawn();
  assert.equal(published.eligibleEntryIds!.length, 6);
  const r = recomputeDrawing(published);
  assert.equal(r.ok, true, r.problems.join(" "));
  assert.equal(r.commitmentOk, true);
  assert.deepEqual(r.expected, published.winnerEntryIds);
  assert.equal(r.expected.length, 3);
});

test("[DRAWING] a tampered seed fails the commitment check", () => {
  const published = publishedDrawn();
  const seed = published.seed!;
  const tampered = { ...published, seed: seed.slice(0, -1) + (seed.endsWith("0") ? "1" : "0") };
  const r = recomputeDrawing(tampered);
  assert.equal(r.ok, false);
  assert.equal(r.commitmentOk, false);
  assert.match(r.problems[0]!, /does not match the commitment/);
});

test("[DRAWING] winners that the seed does not give are caught, and so is a trimmed eligible list", () => {
  const published = publishedDrawn();
  const [first, second, third] = published.winnerEntryIds!;
  const swapped = recomputeDrawing({ ...published, winnerEntryIds: [second, first, third] });
  assert.equal(swapped.ok, false);
  assert.equal(swapped.commitmentOk, true);
  assert.equal(swapped.winnersOk, false);
  const loser = published.eligibleEntryIds!.find((id) => !published.winnerEntryIds!.includes(id))!;
  const favoured = recomputeDrawing({ ...published, winnerEntryIds: [loser, second, third] });
  assert.equal(favoured.winnersOk, false);
  const trimmed = recomputeDrawing({ ...published, eligibleEntryIds: published.eligibleEntryIds!.filter((id) => id !== first) });
  assert.equal(trimmed.winnersOk, false, "removing a winner from the eligible list changes the result");
});

test("[DRAWING] before the draw the JSON has no seed, and recomputing says so", () => {
  const event = makeEvent();
  const published = getPublicDrawing(event.drawingId).published;
  assert.equal(published.status, "open");
  assert.equal(published.seed, null);
  assert.equal(published.winnerEntryIds, null);
  assert.ok(!JSON.stringify(published).includes("\"seed\":\"") , "no seed anywhere in the JSON");
  assert.throws(() => recomputeDrawing(published), (e: AppError) => e.code === "conflict" && /not been drawn yet/.test(e.message));
  assert.throws(() => recomputeDrawing({ hello: "world" }), (e: AppError) => e.code === "invalid");
});

test("[DRAWING] an unknown drawing has no public data", () => {
  assert.throws(() => getPublicDrawing(987654321), (e: AppError) => e.code === "not_found");
});
