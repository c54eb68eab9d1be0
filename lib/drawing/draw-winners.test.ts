import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { before, test } from "node:test";
import { and, asc, count, eq } from "drizzle-orm";
import { useTestDatabase } from "../test/db";
import { getDb } from "@/db/client";
import { drawingEntries, drawingWinners, drawings } from "@/db/schema";
import { OPERATOR } from "../auth/actor";
import { AppError } from "../errors";
import { makeEvent, makeOrganizer } from "../test/fixtures";
import { createDrawing } from "./create-drawing";
import { drawWinners } from "./draw-winners";
import { freezeDrawing } from "./freeze-drawing";
import { enterDrawingFromPage } from "./enter-drawing-from-page";
import { getPublicDrawing } from "./public-drawing";
import { drawKey, pickWinners, seedCommitment } from "./rank-entries";
import { BEACON, attendeeActor, boothsOf, decide, freezeAndDraw, visit } from "./test-helpers";

before(() => useTestDatabase());

const entryOf = (drawingId: number, attendeeId: number) =>
  getDb()
    .select({ id: drawingEntries.id })
    .from(drawingEntries)
    .where(and(eq(drawingEntries.drawingId, drawingId), eq(drawingEntries.attendeeId, attendeeId)))
    .get()?.id;

const storedWinners = (drawingId: number) =>
  getDb().select().from(drawingWinners).where(eq(drawingWinners.drawingId, drawingId)).orderBy(asc(drawingWinners.rank)).all();

test("[DRAWING] the draw reveals the committed seed, and that seed gives exactly the published winners", () => {
  const event = makeEvent({ partnerCount: 2, attendeeCount: 6 });
  const made = createDrawing(OPERATOR, event.eventId, { name: "Big draw", prize: "A drone", winners: 3, minPartners: 1 });
  const before = getPublicDrawing(made.id).published;
  assert.equal(before.seedSha256, made.seedSha256, "the commitment is public from creation");
  assert.equal(before.draw, null, "but not the seed");
  assert.equal(before.freeze, null);
  assert.ok(!JSON.stringify(before).includes("\"seed\""), "no seed field before the draw");

  const [booth] = boothsOf(event);
  event.attendees.forEach((a, i) => {
    visit(booth!, a.badgeCode);
    enterDrawingFromPage(attendeeActor(event, i), made.id);
  });
  const result = freezeAndDraw(OPERATOR, event.eventId, made.id);

  const after = getPublicDrawing(made.id).published;
  assert.equal(seedCommitment(after.draw!.seed), before.seedSha256, "sha256(seed) is the commitment shown before the draw");
  assert.equal(after.freeze!.leaves.length, 6);
  assert.deepEqual(after.draw!.winners.map((w) => w.entryId), result.winnerEntryIds);
  const key = drawKey(after.draw!.seed, BEACON, []);
  assert.deepEqual(pickWinners(key, [...after.freeze!.leaves].reverse(), 3), after.draw!.winners.map((w) => w.leaf), "same key, same winners");
  assert.deepEqual(storedWinners(made.id).map((w) => [w.rank, w.entryId]), result.winnerEntryIds.map((id, i) => [i + 1, id]));
  assert.equal(after.status, "drawn");
});

test("[DRAWING] declined visits count: declining everywhere still qualifies; too few visits do not", () => {
  const event = makeEvent({ partnerCount: 4, attendeeCount: 4 }); // the fixture drawing needs half: 2 booths
  const booths = boothsOf(event);
  const [decliner, walker, sharer] = event.attendees;
  decide(booths[0]!, decliner!.badgeCode, "decline", true);
  decide(booths[1]!, decliner!.badgeCode, "decline", true);
  visit(booths[2]!, walker!.badgeCode); // shares with nobody, never even decides
  visit(booths[3]!, walker!.badgeCode);
  enterDrawingFromPage(attendeeActor(event, 1), event.drawingId);
  decide(booths[0]!, sharer!.badgeCode, "share", true); // one booth only
  for (const b of booths) visit(b, event.attendees[3]!.badgeCode); // everywhere, but never entered

  const result = freezeAndDraw(OPERATOR, event.eventId, event.drawingId);
  assert.deepEqual(result.eligibleEntryIds, [entryOf(event.drawingId, decliner!.id), entryOf(event.drawingId, walker!.id)]);
  assert.ok(entryOf(event.drawingId, sharer!.id), "the sharer is entered…");
  assert.equal(entryOf(event.drawingId, event.attendees[3]!.id), undefined, "…and the busiest visitor is not");
  assert.equal(result.winnerEntryIds.length, 1);
  assert.ok(result.eligibleEntryIds.includes(result.winnerEntryIds[0]!));
});

test("[DRAWING] an attendee who did not enter never wins, even with every visit", () => {
  const event = makeEvent({ partnerCount: 2, attendeeCount: 5 });
  const { id } = createDrawing(OPERATOR, event.eventId, { name: "Everyone wins", prize: "A pen", winners: 10, minPartners: 1 });
  const [booth] = boothsOf(event);
  for (const a of event.attendees) visit(booth!, a.badgeCode);
  enterDrawingFromPage(attendeeActor(event, 1), id);
  enterDrawingFromPage(attendeeActor(event, 3), id);
  const winners = freezeAndDraw(OPERATOR, event.eventId, id).winnerEntryIds;
  assert.deepEqual([...winners].sort((a, b) => a - b), [entryOf(id, event.attendees[1]!.id), entryOf(id, event.attendees[3]!.id)]);
});

test("[DRAWING] scans after the closing time do not count, and entries close with it", () => {
  const event = makeEvent({ partnerCount: 2, attendeeCount: 3 });
  const t0 = new Date();
  const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
  const { id } = createDrawing(OPERATOR, event.eventId, { name: "Until noon", prize: "A hat", winners: 5, minPartners: 2, closesAt: at(60) }, t0);
  const [b1, b2] = boothsOf(event);
  const [late, early] = event.attendees;
  enterDrawingFromPage(attendeeActor(event, 0), id, at(1));
  enterDrawingFromPage(attendeeActor(event, 1), id, at(1));
  visit(b1!, late!.badgeCode, at(10));
  visit(b2!, late!.badgeCode, at(61)); // one minute too late
  visit(b1!, early!.badgeCode, at(20));
  visit(b2!, early!.badgeCode, at(59));
  assert.throws(() => enterDrawingFromPage(attendeeActor(event, 2), id, at(61)), (e: AppError) => e.code === "gone" && /closed/.test(e.message));

  const result = freezeAndDraw(OPERATOR, event.eventId, id, at(120));
  assert.deepEqual(result.eligibleEntryIds, [entryOf(id, early!.id)]);
  assert.deepEqual(result.winnerEntryIds, [entryOf(id, early!.id)]);
});

test("[DRAWING] a closing time in the past is refused at creation", () => {
  const event = makeEvent();
  assert.throws(
    () => createDrawing(OPERATOR, event.eventId, { name: "Late", prize: "A cup", minPartners: 1, closesAt: new Date(Date.now() - 60_000) }),
    (e: AppError) => e.code === "invalid" && e.fields?.closesAt === "The closing time must be in the future.",
  );
});

test("[DRAWING] a drawing is drawn once; the second draw is refused and changes nothing", () => {
  const event = makeEvent({ partnerCount: 2, attendeeCount: 3 });
  const [booth] = boothsOf(event);
  event.attendees.forEach((a, i) => {
    visit(booth!, a.badgeCode);
    enterDrawingFromPage(attendeeActor(event, i), event.drawingId);
  });
  freezeAndDraw(OPERATOR, event.eventId, event.drawingId);
  const row = () => getDb().select().from(drawings).where(eq(drawings.id, event.drawingId)).get()!;
  const [first, winners] = [row(), storedWinners(event.drawingId)];
  const later = new Date(Date.now() + 3_600_000);
  assert.throws(() => drawWinners(OPERATOR, event.eventId, event.drawingId, { beaconRandomness: "cd".repeat(32) }, later), (e: AppError) => e.code === "conflict" && /already drawn/.test(e.message));
  assert.deepEqual(row(), first);
  assert.deepEqual(storedWinners(event.drawingId), winners);
});

test("[DRAWING] after the draw nobody can enter, neither on their page nor at the booth", () => {
  const event = makeEvent({ partnerCount: 2, attendeeCount: 2 });
  freezeAndDraw(OPERATOR, event.eventId, event.drawingId);
  const entries = () => getDb().select({ n: count() }).from(drawingEntries).where(eq(drawingEntries.drawingId, event.drawingId)).get()!.n;
  assert.throws(() => enterDrawingFromPage(attendeeActor(event, 0), event.drawingId), (e: AppError) => e.code === "gone" && /drawn/.test(e.message));
  const atBooth = decide(boothsOf(event)[0]!, event.attendees[1]!.badgeCode, "decline", true);
  assert.equal(atBooth.enteredDrawing, false);
  assert.equal(entries(), 0);
});

test("[DRAWING] booth devices and attendees cannot draw; another event's organizer does not find the drawing", async () => {
  const event = makeEvent();
  const [device] = boothsOf(event);
  const stranger = await makeOrganizer();
  const input = { beaconRandomness: BEACON };
  assert.throws(() => drawWinners(device!, event.eventId, event.drawingId, input), (e: AppError) => e.code === "forbidden");
  assert.throws(() => drawWinners(attendeeActor(event, 0), event.eventId, event.drawingId, input), (e: AppError) => e.code === "forbidden");
  assert.throws(() => drawWinners(stranger, event.eventId, event.drawingId, input), (e: AppError) => e.code === "not_found");
  assert.throws(() => freezeDrawing(device!, event.eventId, event.drawingId), (e: AppError) => e.code === "forbidden");
  assert.throws(() => freezeDrawing(stranger, event.eventId, event.drawingId), (e: AppError) => e.code === "not_found");
  const other = makeEvent();
  assert.throws(() => drawWinners(OPERATOR, other.eventId, event.drawingId, input), (e: AppError) => e.code === "not_found", "wrong event");
  assert.equal(getDb().select().from(drawings).where(eq(drawings.id, event.drawingId)).get()!.drawnAt, null);
});

test("[DRAWING] the drawing code never reads the consent ledger", () => {
  const dir = path.join(process.cwd(), "lib", "drawing");
  const consent = /consent_events|consentEvents|consent_texts|consentTexts|consent_notices|consentNotices|from "\.\.\/consent\//;
  const sources = fs.readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "test-helpers.ts");
  assert.ok(sources.length >= 8, "looked at the drawing sources");
  for (const file of sources) assert.doesNotMatch(fs.readFileSync(path.join(dir, file), "utf8"), consent, file);
});
