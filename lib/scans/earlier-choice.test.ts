import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { before, test } from "node:test";
import { AppError } from "../errors";
import { useTestDatabase } from "../test/db";
import { decideAtBooth } from "../test/decide";
import { makeDevice, makeEvent } from "../test/fixtures";
import { EARLIER_CHOICE_WINDOW_MS, readEarlierChoice } from "./earlier-choice";
import { openScan } from "./open-scan";

before(() => useTestDatabase());

const notFound = (e: unknown) => e instanceof AppError && e.code === "not_found";
const scan = (device: Parameters<typeof openScan>[0], code: string, at = new Date()) => {
  const read = { scanId: randomUUID(), code, scannedAt: at };
  return { read, screen: openScan(device, read, at) };
};

test("[PRIVACY] a repeat visit's screen says only that an earlier choice exists, whichever it was; the attendee's tap reads it", () => {
  const event = makeEvent({ attendeeCount: 3 });
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  const [shared, declined, fresh] = event.attendees;
  decideAtBooth(device, shared!.badgeCode, "share");
  decideAtBooth(device, declined!.badgeCode, "decline");

  const first = scan(device, fresh!.badgeCode);
  const afterShare = scan(device, shared!.badgeCode);
  const afterDecline = scan(device, declined!.badgeCode);
  assert.equal(first.screen.earlier, false);
  assert.throws(() => readEarlierChoice(device, { scanId: first.read.scanId }), notFound, "a first visit has nothing to show");

  // The two repeat screens are the same but for the scan id and the name: nothing tells them apart.
  const strip = ({ scanId: _s, firstName: _f, ...rest }: typeof first.screen) => rest;
  assert.deepEqual(strip(afterShare.screen), strip(afterDecline.screen));
  assert.equal(afterShare.screen.earlier, true);
  assert.ok(!/"(grant|decline|withdraw|lapse)"/.test(JSON.stringify(afterDecline.screen)), "no decision in the screen's data");

  assert.equal(readEarlierChoice(device, { scanId: afterShare.read.scanId }).action, "grant");
  assert.equal(readEarlierChoice(device, { scanId: afterDecline.read.scanId }).action, "decline");
});

test("[PRIVACY] the earlier choice is answered only for this phone's own open scan, within minutes: not another phone's, not a decided one, not an old one", () => {
  const event = makeEvent({ attendeeCount: 2 });
  const partner = event.partners[0]!;
  const device = makeDevice(event.eventId, partner.id);
  const samePartnerPhone = makeDevice(event.eventId, partner.id, "Second phone");
  const otherPartnerPhone = makeDevice(event.eventId, event.partners[1]!.id);
  const attendee = event.attendees[0]!;
  decideAtBooth(device, attendee.badgeCode, "decline");

  const open = scan(device, attendee.badgeCode);
  const input = { scanId: open.read.scanId };
  assert.throws(() => readEarlierChoice(samePartnerPhone, input), notFound);
  assert.throws(() => readEarlierChoice(otherPartnerPhone, input), notFound);
  assert.throws(() => readEarlierChoice(device, { scanId: randomUUID() }), notFound);
  const later = new Date(Date.now() + EARLIER_CHOICE_WINDOW_MS + 1000);
  assert.throws(() => readEarlierChoice(device, input, later), notFound, "an old scan id cannot be replayed");
  assert.equal(readEarlierChoice(device, input).action, "decline");

  // Once decided on (here: the same choice again, which adds no ledger row), the scan answers no more.
  const decided = decideAtBooth(device, attendee.badgeCode, "decline");
  assert.throws(() => readEarlierChoice(device, { scanId: decided.screen.scanId }), notFound);
});
