import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { before, test } from "node:test";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { scans } from "@/db/schema";
import { noticesFor } from "../consent/notice";
import { recordDecision } from "../consent/record-decision";
import { partnerWords } from "../partners/partner-words";
import { openScan } from "../scans/open-scan";
import { useTestDatabase } from "../test/db";
import { makeDevice, makeEvent, type TestEvent } from "../test/fixtures";
import { itemSha256 } from "./booth-item";
import { recordBoothItems } from "./record-booth-items";

before(() => useTestDatabase());

const sourceOf = (scanId: string) => getDb().select({ source: scans.source }).from(scans).where(eq(scans.id, scanId)).get()?.source;

function decisionFor(event: TestEvent) {
  const notice = noticesFor(event.eventId, partnerWords(getDb(), event.partners[0]!.id))[0]!;
  return { choice: "share" as const, drawing: false, noticeId: notice.noticeId, noticeSha256: notice.sha256, language: notice.language };
}

test("[BOOTH] the online screen records a typed code as typed, in both steps (the scan, then its decision)", () => {
  const event = makeEvent({ partnerCount: 1, attendeeCount: 2 });
  const phone = makeDevice(event.eventId, event.partners[0]!.id);
  const at = new Date();
  const read = { scanId: randomUUID(), code: event.attendees[0]!.badgeCode, scannedAt: at.toISOString(), source: "typed" };
  openScan(phone, read, at);
  assert.equal(sourceOf(read.scanId), "typed");
  // The decision completes the same scan: same content, with its source, so no conflict.
  const result = recordDecision(phone, { ...read, ...decisionFor(event), decidedAt: at.toISOString() }, at);
  assert.equal(result.action, "grant");
  const camera = { scanId: randomUUID(), code: event.attendees[1]!.badgeCode, scannedAt: at.toISOString(), source: "camera" };
  recordDecision(phone, { ...camera, ...decisionFor(event), decidedAt: at.toISOString() }, at);
  assert.equal(sourceOf(camera.scanId), "camera");
});

test("[SYNC] an offline phone's queued items keep their source; an older phone's item without one is recorded as unknown", () => {
  const event = makeEvent({ partnerCount: 1, attendeeCount: 3 });
  const phone = makeDevice(event.eventId, event.partners[0]!.id);
  const at = new Date().toISOString();
  const item = (i: number, source?: string) => ({
    scanId: randomUUID(),
    code: event.attendees[i]!.badgeCode,
    scannedAt: at,
    ...(source && { source }),
    decision: { ...decisionFor(event), decidedAt: at },
  });
  const items = [item(0, "typed"), item(1, "camera"), item(2)];
  const results = recordBoothItems(phone, items);
  assert.deepEqual(results.map((r) => r.status), [200, 200, 200]);
  assert.deepEqual(items.map((i) => sourceOf(i.scanId)), ["typed", "camera", null]);
  // The same items again get their first answers: nothing conflicts, nothing is recorded twice.
  assert.deepEqual(recordBoothItems(phone, items), results);
});

test("[SYNC] a source that is neither camera nor typed is refused with its field; nothing is recorded", () => {
  const event = makeEvent({ partnerCount: 1, attendeeCount: 1 });
  const phone = makeDevice(event.eventId, event.partners[0]!.id);
  const bad = { scanId: randomUUID(), code: event.attendees[0]!.badgeCode, scannedAt: new Date().toISOString(), source: "nfc" };
  const [result] = recordBoothItems(phone, [bad]);
  assert.equal(result!.status, 422);
  assert.ok(!result!.ok && result!.fields?.source);
  assert.equal(sourceOf(bad.scanId), undefined);
});

test("[SYNC] an item without a source hashes as it did before sources existed; with one, differently", () => {
  const item = { scanId: "s-1", code: "ABC", scannedAt: new Date(0) };
  // The hash of this item before migration 0016 (an older phone's retry must find its first answer).
  assert.equal(itemSha256(item), "c6c19b2e52cb34e1dc016c42929a0d17d4debf14d194ee6151bd34a85a8d9626");
  assert.notEqual(itemSha256({ ...item, source: "typed" }), itemSha256(item));
  assert.notEqual(itemSha256({ ...item, source: "typed" }), itemSha256({ ...item, source: "camera" }));
});
