import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { before, test } from "node:test";
import { count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { consentEvents, drawingEntries, scans, syncItems } from "@/db/schema";
import { OPERATOR } from "../auth/actor";
import { addNoticeVersion, noticesFor } from "../consent/notice";
import { DEFAULT_NOTICES } from "../consent/notice-text";
import { updatePartner } from "../partners/partners";
import { recordDecision } from "../consent/record-decision";
import type { AppError } from "../errors";
import { openScan } from "../scans/open-scan";
import { useTestDatabase } from "../test/db";
import { makeDevice, makeEvent, type TestEvent } from "../test/fixtures";
import { recordBoothItems } from "./record-booth-items";

before(() => useTestDatabase());

const PARTNER = { booth: "B1", privacyUrl: "https://partner1.example/privacy", purpose: "Send the brochure you asked for." };

/** What an offline phone of the event's first partner queues: a scan with its decision. */
function offlineItem(event: TestEvent, attendee = 0, choice: "share" | "decline" = "share", language = "en") {
  const partner = event.partners[0]!;
  const notice = noticesFor(event.eventId, { ...PARTNER, name: partner.name }).find((n) => n.language === language)!;
  const at = new Date().toISOString();
  return {
    scanId: randomUUID(),
    code: event.attendees[attendee]!.badgeCode,
    scannedAt: at,
    decision: { choice, drawing: true, noticeId: notice.noticeId, noticeSha256: notice.sha256, language, decidedAt: at },
  };
}

const rows = (eventId: number) => ({
  scans: getDb().select({ n: count() }).from(scans).where(eq(scans.eventId, eventId)).get()!.n,
  decisions: getDb().select({ n: count() }).from(consentEvents).where(eq(consentEvents.eventId, eventId)).get()!.n,
});

test("[SYNC] an offline scan and decision are recorded once; the same item again gets the first answer", () => {
  const event = makeEvent();
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  const item = offlineItem(event);
  const [first] = recordBoothItems(device, [item]);
  assert.equal(first!.ok, true);
  assert.equal(first!.ok && first!.decision?.action, "grant");
  assert.equal(first!.ok && first!.decision?.enteredDrawing, true);

  const [again] = recordBoothItems(device, [structuredClone(item)]);
  assert.deepEqual(again, first);
  assert.deepEqual(rows(event.eventId), { scans: 1, decisions: 1 });
  const row = getDb().select().from(consentEvents).where(eq(consentEvents.scanId, item.scanId)).get()!;
  assert.equal(row.noticeId, item.decision.noticeId);
  assert.equal(row.textSha256, item.decision.noticeSha256);
  assert.equal(row.deviceTime.toISOString(), item.decision.decidedAt);
  assert.equal(getDb().select({ n: count() }).from(drawingEntries).where(eq(drawingEntries.drawingId, event.drawingId)).get()!.n, 1);
});

test("[SYNC] the same id with other content is refused with 409 and changes nothing", () => {
  const event = makeEvent();
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  const item = offlineItem(event);
  recordBoothItems(device, [item]);
  const variants = [
    { ...item, decision: { ...item.decision, choice: "decline" } },
    { ...item, decision: { ...item.decision, drawing: false } },
    { ...item, code: event.attendees[1]!.badgeCode },
    { ...item, decision: undefined },
  ];
  for (const variant of variants) {
    const [result] = recordBoothItems(device, [variant]);
    assert.equal(result!.ok, false);
    assert.equal(result!.status, 409);
    assert.match(!result!.ok ? result!.message : "", /already synced with different content/);
  }
  assert.deepEqual(rows(event.eventId), { scans: 1, decisions: 1 });
});

test("[SYNC] an invalid item gets 422 with its fields, and does not block the others in its batch", () => {
  const event = makeEvent();
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  const good = [offlineItem(event, 0), offlineItem(event, 1, "decline")];
  const { choice: _, ...noChoice } = offlineItem(event, 2).decision;
  const bad = { ...offlineItem(event, 2), decision: noChoice };
  const results = recordBoothItems(device, [good[0], bad, "not an item", good[1]]);
  assert.deepEqual(results.map((r) => r.status), [200, 422, 422, 200]);
  assert.equal(results[1]!.scanId, bad.scanId);
  assert.match(!results[1]!.ok ? results[1]!.fields?.["decision.choice"] ?? "" : "", /Share or Don't share/);
  assert.deepEqual(rows(event.eventId), { scans: 2, decisions: 2 });
});

test("[SYNC] an unknown badge is refused (404) and leaves no trace; a scan alone records the visit", () => {
  const event = makeEvent();
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  const unknown = { ...offlineItem(event), code: "NOT-A-BADGE" };
  const { decision: _, ...scanOnly } = offlineItem(event, 1);
  const [refused, visit] = recordBoothItems(device, [unknown, scanOnly]);
  assert.equal(refused!.status, 404);
  assert.match(!refused!.ok ? refused!.message : "", /not registered for this event/);
  assert.deepEqual(visit, { ok: true, status: 200, scanId: scanOnly.scanId, decision: null });
  assert.deepEqual(rows(event.eventId), { scans: 1, decisions: 0 });
  assert.equal(getDb().select({ n: count() }).from(syncItems).where(eq(syncItems.id, unknown.scanId)).get()!.n, 0);
});

test("[SYNC] another phone's scan id is refused, whoever sends it", () => {
  const event = makeEvent();
  const mine = makeDevice(event.eventId, event.partners[0]!.id);
  const colleague = makeDevice(event.eventId, event.partners[0]!.id, "Second phone");
  const other = makeDevice(event.eventId, event.partners[1]!.id);
  const item = offlineItem(event);
  recordBoothItems(mine, [item]);
  for (const device of [colleague, other]) {
    const [result] = recordBoothItems(device, [item]);
    assert.equal(result!.status, 409);
    assert.match(!result!.ok ? result!.message : "", /another booth phone/);
  }
  assert.deepEqual(rows(event.eventId), { scans: 1, decisions: 1 });
});

test("[SYNC] an older notice version is accepted as shown; a text that does not match it is refused", () => {
  const event = makeEvent();
  const partner = event.partners[0]!;
  const device = makeDevice(event.eventId, partner.id);
  const old = offlineItem(event, 0, "share", "de");
  addNoticeVersion(OPERATOR, event.eventId, { language: "de", template: DEFAULT_NOTICES.de.replace("bittet um", "möchte") });

  const [accepted] = recordBoothItems(device, [old]);
  assert.equal(accepted!.status, 200);
  const row = getDb().select().from(consentEvents).where(eq(consentEvents.scanId, old.scanId)).get()!;
  assert.deepEqual([row.noticeId, row.language, row.textSha256], [old.decision.noticeId, "de", old.decision.noticeSha256]);

  const forged = offlineItem(event, 1);
  forged.decision.noticeSha256 = "0".repeat(64);
  const wrongLanguage = offlineItem(event, 1);
  wrongLanguage.decision.language = "de";
  const otherEvent = offlineItem(makeEvent(), 0);
  const foreign = { ...offlineItem(event, 2), decision: { ...offlineItem(event, 2).decision, noticeId: otherEvent.decision.noticeId } };
  const results = recordBoothItems(device, [forged, wrongLanguage, foreign]);
  assert.deepEqual(results.map((r) => r.status), [409, 409, 409]);
  assert.match(!results[0]!.ok ? results[0]!.message : "", /does not match version 1/);
  assert.match(!results[2]!.ok ? results[2]!.message : "", /not a notice of this event/);

  // The partner's words changed while the phone was offline: what it showed is not provable.
  const stale = offlineItem(event, 1);
  // The change ends the share accepted above (docs/decisions/023): one lapse row.
  updatePartner(OPERATOR, event.eventId, partner.id, { name: partner.name, ...PARTNER, purpose: "Call you back." }, { confirmLapses: 1 });
  const [refused] = recordBoothItems(device, [stale]);
  assert.equal(refused!.status, 409);
  assert.match(!refused!.ok ? refused!.message : "", /partner's details changed/);
  assert.deepEqual(rows(event.eventId), { scans: 1, decisions: 2 }, "the share and its lapse; the stale item added nothing");
});

test("[SYNC] a scan recorded online whose decision was queued is completed, not duplicated", () => {
  const event = makeEvent();
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  const item = offlineItem(event);
  openScan(device, item); // online: the scan reached the server, the decision's answer did not
  const [result] = recordBoothItems(device, [item]);
  assert.equal(result!.status, 200);
  assert.deepEqual(rows(event.eventId), { scans: 1, decisions: 1 });
});

test("[CONSENT] a notice replaced before the attendee decided is refused, online and offline; one replaced after it is recorded as shown", () => {
  const event = makeEvent();
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  const read = { scanId: randomUUID(), code: event.attendees[0]!.badgeCode, scannedAt: new Date() };
  const screen = openScan(device, read);
  const tappedEarlier = offlineItem(event, 1);
  tappedEarlier.decision.decidedAt = new Date(Date.now() - 60_000).toISOString();
  const tappedLater = offlineItem(event, 2); // the same version 1, tapped after it was replaced
  addNoticeVersion(OPERATOR, event.eventId, { language: "en", template: DEFAULT_NOTICES.en.replace("asks for", "would like") });
  // A device's time is clamped to the server's receipt (decision 018): a decision received in the
  // millisecond of the replacement would tie with it. Let the clock move on first.
  const replacedAt = Date.now();
  while (Date.now() <= replacedAt + 1);

  const shown = { noticeId: screen.notice.noticeId, noticeSha256: screen.notice.sha256, language: "en" };
  const online = { ...read, ...shown, choice: "share", drawing: false, decidedAt: new Date(Date.now() + 1000) };
  assert.throws(() => recordDecision(device, online), (e: AppError) => e.code === "conflict" && /notice changed/.test(e.message));
  tappedLater.decision.decidedAt = new Date(Date.now() + 1000).toISOString();
  const [refused, accepted] = recordBoothItems(device, [tappedLater, tappedEarlier]);
  assert.equal(refused!.status, 409);
  assert.match(!refused!.ok ? refused!.message : "", /notice changed \(version 2\) before the attendee decided/);
  assert.equal(accepted!.status, 200);
  const row = getDb().select().from(consentEvents).where(eq(consentEvents.scanId, tappedEarlier.scanId)).get()!;
  assert.deepEqual([row.noticeId, row.textSha256], [tappedEarlier.decision.noticeId, tappedEarlier.decision.noticeSha256]);
  assert.deepEqual(rows(event.eventId), { scans: 2, decisions: 1 }, "the online scan stays a visit; the refused item left nothing");
});

test("[SYNC] the scan alone, sent again, gets its first answer; with the decision it is completed once", () => {
  const event = makeEvent();
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  const item = offlineItem(event);
  const { decision: _, ...scanOnly } = item;
  const [first] = recordBoothItems(device, [scanOnly]);
  assert.deepEqual(recordBoothItems(device, [scanOnly]), [first]);
  const [decided] = recordBoothItems(device, [item]);
  assert.equal(decided!.ok && decided!.decision?.action, "grant");
  assert.deepEqual(recordBoothItems(device, [item]), [decided], "the completed item's first answer");
  assert.equal(recordBoothItems(device, [scanOnly])[0]!.status, 409, "the scan alone after its decision is other content");
  assert.deepEqual(rows(event.eventId), { scans: 1, decisions: 1 });
});
