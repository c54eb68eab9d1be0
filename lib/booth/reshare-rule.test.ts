import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { before, test } from "node:test";
import { count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { consentEvents, scans } from "@/db/schema";
import { attendeeFromToken } from "../auth/attendee";
import { currentDecision } from "../consent/current-consent";
import { recordDecision } from "../consent/record-decision";
import { AppError } from "../errors";
import { openScan } from "../scans/open-scan";
import { decideAtBooth, decideOnMyPage } from "../test/decide";
import { useTestDatabase } from "../test/db";
import { makeDevice, makeEvent } from "../test/fixtures";
import { recordBoothItems } from "./record-booth-items";

before(() => useTestDatabase());

const T0 = Date.now();
const at = (s: number) => new Date(T0 + s * 1000);

/** An attendee who shared at the first partner's booth, then withdrew on their own page. */
function withdrawn() {
  const event = makeEvent();
  const partner = event.partners[0]!;
  const device = makeDevice(event.eventId, partner.id);
  const attendee = event.attendees[0]!;
  decideAtBooth(device, attendee.badgeCode, "share", { at: at(0) });
  decideOnMyPage(attendeeFromToken(attendee.personalToken)!, partner.id, "decline", at(1));
  assert.equal(currentDecision(attendee.id, partner.id)?.action, "withdraw");
  return { event, partner, device, attendee };
}

function shareItem(w: ReturnType<typeof withdrawn>, personalCode?: string) {
  const read = { scanId: randomUUID(), code: w.attendee.badgeCode, scannedAt: at(2) };
  const screen = openScan(w.device, read, at(2));
  const n = screen.notice;
  const decision = { choice: "share", drawing: false, noticeId: n.noticeId, noticeSha256: n.sha256, language: n.language, decidedAt: at(2), ...(personalCode && { personalCode }) };
  return { read, decision };
}

const counts = (eventId: number) => ({
  scans: getDb().select({ n: count() }).from(scans).where(eq(scans.eventId, eventId)).get()!.n,
  decisions: getDb().select({ n: count() }).from(consentEvents).where(eq(consentEvents.eventId, eventId)).get()!.n,
});

function onlineRefusal(w: ReturnType<typeof withdrawn>, personalCode?: string): AppError {
  const { read, decision } = shareItem(w, personalCode);
  try {
    recordDecision(w.device, { ...read, ...decision }, at(2));
  } catch (error) {
    assert.ok(error instanceof AppError);
    return error;
  }
  assert.fail("the share was recorded");
}

test("[CONSENT] after a withdrawal the booth alone cannot share again: refused online, nothing recorded but the visit", () => {
  const w = withdrawn();
  const before = counts(w.event.eventId);
  const error = onlineRefusal(w);
  assert.equal(error.code, "forbidden");
  assert.match(error.message, new RegExp(`${w.attendee.firstName} withdrew consent for ${w.partner.name} earlier`));
  assert.match(error.message, /personal code on the back of their badge/);
  assert.equal(error.fields?.personalCode, error.message);
  assert.deepEqual(counts(w.event.eventId), { scans: before.scans + 1, decisions: before.decisions });
  assert.equal(currentDecision(w.attendee.id, w.partner.id)?.action, "withdraw");
});

test("[SYNC] an offline share after a withdrawal gets the same refusal per item; its visit is kept, the others go on", () => {
  const w = withdrawn();
  const online = onlineRefusal(w);
  const before = counts(w.event.eventId);
  const { read, decision } = shareItem(w);
  const offline = { ...read, scanId: randomUUID(), decision };
  const other = { scanId: randomUUID(), code: w.event.attendees[1]!.badgeCode, scannedAt: at(2), decision };
  const [refused, recorded] = recordBoothItems(w.device, [offline, other], at(3));
  assert.ok(refused && !refused.ok);
  assert.equal(refused.status, 403);
  assert.equal(refused.code, "forbidden");
  assert.equal(refused.message, online.message);
  assert.equal(refused.fields?.personalCode, online.message);
  assert.equal(recorded!.ok && recorded!.decision?.action, "grant");
  // The shareItem scan, the offline visit kept, and the other attendee's scan; one decision, the other's.
  assert.deepEqual(counts(w.event.eventId), { scans: before.scans + 3, decisions: before.decisions + 1 });
  assert.equal(currentDecision(w.attendee.id, w.partner.id)?.action, "withdraw");

  // Sent again with the attendee's code, the kept visit is completed by the share.
  const [again] = recordBoothItems(w.device, [{ ...offline, decision: { ...decision, personalCode: w.attendee.personalToken } }], at(4));
  assert.equal(again!.ok && again!.decision?.action, "grant");
});

test("[CONSENT] with the attendee's personal code, typed or scanned as the badge's link, the share is recorded", () => {
  const forms = [(t: string) => t, (t: string) => ` https://fairlead.example:3443/me/${t} `];
  for (const form of forms) {
    const w = withdrawn();
    const { read, decision } = shareItem(w, form(w.attendee.personalToken));
    const result = recordDecision(w.device, { ...read, ...decision }, at(2));
    assert.equal(result.action, "grant");
    assert.equal(result.changed, true);
    assert.equal(currentDecision(w.attendee.id, w.partner.id)?.action, "grant");
  }
});

test("[CONSENT] another attendee's personal code, or a made-up one, does not restore a share", () => {
  const w = withdrawn();
  const before = counts(w.event.eventId);
  for (const code of [w.event.attendees[1]!.personalToken, "not-a-real-code-at-all-0123456789"]) {
    const error = onlineRefusal(w, code);
    assert.equal(error.code, "forbidden");
    assert.match(error.message, new RegExp(`That personal code is not ${w.attendee.firstName}'s`));
    assert.ok(error.fields?.personalCode);
  }
  assert.equal(counts(w.event.eventId).decisions, before.decisions);
});

test("[CONSENT] the rule is only for sharing again: a first share and a decline after a withdrawal need no code", () => {
  const w = withdrawn();
  assert.equal(decideAtBooth(w.device, w.attendee.badgeCode, "decline", { at: at(2) }).result.action, "withdraw");
  assert.equal(decideAtBooth(w.device, w.event.attendees[1]!.badgeCode, "share", { at: at(2) }).result.action, "grant");
});
