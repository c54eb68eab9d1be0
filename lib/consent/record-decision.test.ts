import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { before, test } from "node:test";
import { useTestDatabase } from "../test/db";
import { getDb } from "@/db/client";
import { consentEvents, consentTexts, drawingEntries, scans } from "@/db/schema";
import { count as sqlCount, eq } from "drizzle-orm";
import { OPERATOR } from "../auth/actor";
import { AppError } from "../errors";
import { makeDevice, makeEvent, type TestEvent } from "../test/fixtures";
import { openScan } from "../scans/open-scan";
import { listLeads } from "./current-consent";
import { recordDecision } from "./record-decision";
import { sha256Hex } from "../crypto";
import { summarizeDrawings } from "../drawing/drawing-summary";

before(() => useTestDatabase());

function booth(event: TestEvent, partnerIndex = 0) {
  return makeDevice(event.eventId, event.partners[partnerIndex]!.id);
}

function scanAndDecide(event: TestEvent, device: ReturnType<typeof booth>, code: string, choice: "share" | "decline", drawing = false) {
  const read = { scanId: randomUUID(), code, scannedAt: new Date().toISOString() };
  const screen = openScan(device, read);
  const input = {
    ...read,
    choice,
    drawing,
    noticeId: screen.notice.noticeId,
    noticeSha256: screen.notice.sha256,
    language: screen.notice.language,
    decidedAt: new Date().toISOString(),
  };
  return { screen, input, result: recordDecision(device, input) };
}

const count = (table: typeof scans | typeof consentEvents | typeof drawingEntries) => getDb().select({ n: sqlCount() }).from(table).get()!.n;

test("[CONSENT] sharing makes a lead for that partner only, with the exact notice text", () => {
  const event = makeEvent();
  const device = booth(event);
  const attendee = event.attendees[0]!;
  const { screen, result } = scanAndDecide(event, device, attendee.badgeCode, "share");

  assert.equal(screen.firstName, attendee.firstName);
  assert.match(screen.notice.text, new RegExp(event.partners[0]!.name));
  assert.match(screen.notice.text, /withdraw/i);
  assert.ok(screen.notice.text.includes(event.partners[0]!.privacyUrl));
  assert.equal(result.action, "grant");

  const leads = listLeads(OPERATOR, event.eventId, event.partners[0]!.id);
  assert.deepEqual(leads.map((l) => l.email), [attendee.email]);
  assert.equal(leads[0]!.consentId, result.consentId);
  assert.deepEqual(listLeads(OPERATOR, event.eventId, event.partners[1]!.id), [], "the other partner gets nothing");

  const row = getDb().select().from(consentEvents).where(eq(consentEvents.id, result.consentId)).get()!;
  const text = getDb().select().from(consentTexts).where(eq(consentTexts.sha256, row.textSha256)).get()!;
  assert.equal(text.text, screen.notice.text);
  assert.equal(sha256Hex(text.text), row.textSha256);
  assert.equal(row.noticeId, screen.notice.noticeId);
});

test("[CONSENT] declining records the decision and makes no lead", () => {
  const event = makeEvent();
  const device = booth(event);
  const { result } = scanAndDecide(event, device, event.attendees[1]!.badgeCode, "decline");
  assert.equal(result.action, "decline");
  assert.deepEqual(listLeads(OPERATOR, event.eventId, event.partners[0]!.id), []);
});

test("[CONSENT] no default: a decision without an explicit choice is refused and nothing is written", () => {
  const event = makeEvent();
  const device = booth(event);
  const before = [count(scans), count(consentEvents)];
  const { choice: _omit, ...withoutChoice } = scanAndDecide(event, device, event.attendees[0]!.badgeCode, "share").input;
  const retry = { ...withoutChoice, scanId: randomUUID() };
  assert.throws(() => recordDecision(device, retry), (e: AppError) => e.code === "invalid" && /Share or Don't share/.test(e.message));
  assert.deepEqual([count(scans), count(consentEvents)], [before[0]! + 1, before[1]! + 1], "only the first, complete decision");
});

test("[CONSENT] a retried decision with the same scan id is not duplicated; a different one is refused", () => {
  const event = makeEvent();
  const device = booth(event);
  const { input, result } = scanAndDecide(event, device, event.attendees[0]!.badgeCode, "share");
  const [scansBefore, eventsBefore] = [count(scans), count(consentEvents)];
  assert.deepEqual(recordDecision(device, input), result);
  assert.throws(() => recordDecision(device, { ...input, choice: "decline" }), (e: AppError) => e.code === "conflict");
  assert.deepEqual([count(scans), count(consentEvents)], [scansBefore, eventsBefore]);
});

test("[CONSENT] a decision against a notice the screen did not show is refused", () => {
  const event = makeEvent();
  const device = booth(event);
  const read = { scanId: randomUUID(), code: event.attendees[0]!.badgeCode, scannedAt: new Date() };
  const screen = openScan(device, read);
  const before = count(consentEvents);
  const forged = { ...read, choice: "share", drawing: false, noticeId: screen.notice.noticeId, noticeSha256: "0".repeat(64), language: "en", decidedAt: new Date() };
  assert.throws(() => recordDecision(device, forged), (e: AppError) => e.code === "conflict");
  assert.equal(count(consentEvents), before);
});

test("[CONSENT] an unknown badge gives a clear message and writes nothing", () => {
  const event = makeEvent();
  const device = booth(event);
  const before = count(scans);
  assert.throws(
    () => openScan(device, { scanId: randomUUID(), code: "NOT-A-REAL-BADGE", scannedAt: new Date() }),
    (e: AppError) => e.code === "not_found" && /not registered for this event/.test(e.message),
  );
  // A badge of another event is just as unknown here.
  const other = makeEvent();
  assert.throws(() => openScan(device, { scanId: randomUUID(), code: other.attendees[0]!.badgeCode, scannedAt: new Date() }), AppError);
  assert.equal(count(scans), before);
});

test("[DRAWING] declining to share never costs a drawing entry, and the visit counts", () => {
  const event = makeEvent({ partnerCount: 2 });
  const attendee = event.attendees[2]!;
  scanAndDecide(event, booth(event, 0), attendee.badgeCode, "decline", true);
  const [summary] = summarizeDrawings(OPERATOR, event.eventId);
  assert.equal(summary!.entries, 1);
  assert.equal(summary!.required, 1, "half of two partners");
  assert.equal(summary!.eligible, 1, "one declined visit is enough");
  assert.deepEqual(listLeads(OPERATOR, event.eventId, event.partners[0]!.id), []);
});

test("[DRAWING] not ticking the drawing box enters nobody, whatever the decision", () => {
  const event = makeEvent();
  scanAndDecide(event, booth(event), event.attendees[0]!.badgeCode, "share", false);
  assert.equal(summarizeDrawings(OPERATOR, event.eventId)[0]!.entries, 0);
});
