// Time that no phone controls (issue 11 §1), through the booth's one write path: the ledger
// orders decisions by the server's receipt; a phone's claimed time is its device time, clamped
// to [its pairing, the receipt], and a claim outside that range is kept as the claim.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { before, test } from "node:test";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { consentEvents, devices, scans } from "@/db/schema";
import { OPERATOR } from "../auth/actor";
import { attendeeFromToken } from "../auth/attendee";
import { currentDecision, listLeads } from "../consent/current-consent";
import { listMyPartners } from "../consent/my-decisions";
import { noticesFor } from "../consent/notice";
import { verifyLedger } from "../consent/verify-ledger";
import { exportPartnerLeadsCsv } from "../exports/test-downloads";
import { useTestDatabase } from "../test/db";
import { decideOnMyPage } from "../test/decide";
import { makeDevice, makeEvent, type TestEvent } from "../test/fixtures";
import { recordBoothItems } from "./record-booth-items";

before(() => useTestDatabase());

const MINUTE = 60_000;

/** A phone's scan with its "share", both dated `claimed` by the phone. */
function share(event: TestEvent, attendee: number, claimed: Date, personalCode?: string) {
  const partner = event.partners[0]!;
  const notice = noticesFor(event.eventId, partner).find((n) => n.language === "en")!;
  return {
    scanId: randomUUID(),
    code: event.attendees[attendee]!.badgeCode,
    scannedAt: claimed.toISOString(),
    decision: { choice: "share", drawing: false, noticeId: notice.noticeId, noticeSha256: notice.sha256, language: "en", decidedAt: claimed.toISOString(), personalCode },
  };
}

const ledgerRow = (scanId: string) => getDb().select().from(consentEvents).where(eq(consentEvents.scanId, scanId)).get()!;
const emails = (csv: Buffer) => csv.toString("utf8").split("\r\n").slice(1).filter(Boolean).map((l) => l.split(",")[0]!);

test("[CONSENT] a grant dated 4.5 minutes ahead, then a withdrawal on /me a minute later: the withdrawal stands", async () => {
  const event = makeEvent();
  const partner = event.partners[0]!;
  const attendee = event.attendees[0]!;
  const device = makeDevice(event.eventId, partner.id);
  const received = new Date();
  const item = share(event, 0, new Date(received.getTime() + 4.5 * MINUTE));
  const [synced] = recordBoothItems(device, [item], received);
  assert.equal(synced!.ok && synced!.decision?.action, "grant");

  const me = attendeeFromToken(attendee.personalToken)!;
  const withdrawal = decideOnMyPage(me, partner.id, "decline", new Date(received.getTime() + MINUTE));
  assert.deepEqual([withdrawal.action, withdrawal.changed], ["withdraw", true]);
  assert.equal(currentDecision(attendee.id, partner.id)?.action, "withdraw");
  assert.deepEqual(listLeads(OPERATOR, event.eventId, partner.id), []);
  assert.deepEqual(emails((await exportPartnerLeadsCsv(OPERATOR, event.eventId, partner.id)).content), []);
  const [met] = listMyPartners(me);
  assert.deepEqual(met!.decisions.map((d) => d.action), ["withdraw", "grant"], "/me lists the standing decision first");
  const grant = ledgerRow(item.scanId);
  assert.equal(grant.recordedAt.getTime(), received.getTime());
  assert.equal(grant.deviceTime.getTime(), received.getTime(), "a claim ahead of the receipt is clamped to it");
  assert.equal(grant.deviceClaim?.toISOString(), item.decision.decidedAt, "and the claim is kept as a claim");
  assert.equal(verifyLedger(OPERATOR, event.eventId).problem, null);
});

test("[CONSENT] a decision dated 1970 is recorded at the phone's pairing, as clamped, and the ledger verifies", () => {
  const event = makeEvent();
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  const pairedAt = getDb().select({ at: devices.pairedAt }).from(devices).where(eq(devices.id, device.deviceId)).get()!.at;
  const item = share(event, 1, new Date(0));
  const [synced] = recordBoothItems(device, [item]);
  assert.equal(synced!.status, 200);
  const row = ledgerRow(item.scanId);
  assert.equal(row.deviceTime.getTime(), pairedAt.getTime(), "clamped to the pairing");
  assert.equal(row.deviceClaim?.getTime(), 0, "the raw claim, recorded as clamped");
  assert.ok(row.recordedAt.getTime() >= pairedAt.getTime());
  assert.equal(verifyLedger(OPERATOR, event.eventId).problem, null);
  const scan = getDb().select().from(scans).where(eq(scans.id, item.scanId)).get()!;
  assert.deepEqual([scan.scannedAt.getTime(), scan.scannedClaim?.getTime()], [pairedAt.getTime(), 0], "the scan too: clamped, the claim kept");

  const honest = share(event, 2, new Date());
  recordBoothItems(device, [honest]);
  const kept = ledgerRow(honest.scanId);
  assert.equal(kept.deviceTime.toISOString(), honest.decision.decidedAt, "a claim within the range is the device time");
  assert.equal(kept.deviceClaim, null, "and is not marked clamped");
  assert.equal(getDb().select().from(scans).where(eq(scans.id, honest.scanId)).get()!.scannedClaim, null);
});

test("[CONSENT] /me answers 'changed' only when the standing decision changed", () => {
  const event = makeEvent();
  const partner = event.partners[0]!;
  const device = makeDevice(event.eventId, partner.id);
  recordBoothItems(device, [share(event, 0, new Date())]);
  const me = attendeeFromToken(event.attendees[0]!.personalToken)!;
  const clientId = randomUUID();
  const first = decideOnMyPage(me, partner.id, "decline", new Date(), clientId);
  assert.deepEqual([first.action, first.changed], ["withdraw", true]);
  const again = decideOnMyPage(me, partner.id, "decline");
  assert.deepEqual([again.action, again.changed], ["withdraw", false], "nothing left to withdraw");

  // The attendee came back and shared again at the booth (with their personal code, reshare-rule.ts);
  // the first withdraw form, sent again, did not change that.
  recordBoothItems(device, [share(event, 0, new Date(), event.attendees[0]!.personalToken)]);
  const resent = decideOnMyPage(me, partner.id, "decline", new Date(), clientId);
  assert.equal(resent.changed, false);
  assert.equal(currentDecision(event.attendees[0]!.id, partner.id)?.action, "grant");
});

test("[CONSENT] an offline share tapped before a withdrawal on /me, synced after it, does not undo it: the visit is kept, no ledger row", () => {
  const event = makeEvent();
  const partner = event.partners[0]!;
  const attendee = event.attendees[0]!;
  const device = makeDevice(event.eventId, partner.id);
  const start = Date.now();
  recordBoothItems(device, [share(event, 0, new Date(start))], new Date(start));
  const me = attendeeFromToken(attendee.personalToken)!;
  decideOnMyPage(me, partner.id, "decline", new Date(start + 2 * MINUTE));
  const rowsBefore = getDb().select({ id: consentEvents.id }).from(consentEvents).where(eq(consentEvents.eventId, event.eventId)).all().length;

  // Tapped a minute after the first share, while the phone was offline; received after the withdrawal.
  // After a withdrawal only the attendee can share again (reshare-rule.ts): the share is refused,
  // whatever the phone's clock said, and its scan alone is kept.
  const late = share(event, 0, new Date(start + MINUTE));
  const [answer] = recordBoothItems(device, [late], new Date(start + 3 * MINUTE));
  assert.equal(answer!.status, 403, "the share is refused");
  assert.equal(currentDecision(attendee.id, partner.id)?.action, "withdraw");
  assert.equal(getDb().select({ id: consentEvents.id }).from(consentEvents).where(eq(consentEvents.eventId, event.eventId)).all().length, rowsBefore);
  assert.ok(getDb().select().from(scans).where(eq(scans.id, late.scanId)).get(), "the visit is recorded");
});

test("[CONSENT] an offline decline tapped before a share on /me, synced after it, gives way: no ledger row", () => {
  const event = makeEvent();
  const partner = event.partners[0]!;
  const attendee = event.attendees[0]!;
  const device = makeDevice(event.eventId, partner.id);
  const start = Date.now();
  const visit = share(event, 0, new Date(start));
  recordBoothItems(device, [{ ...visit, decision: undefined }], new Date(start)); // met at the booth, undecided
  const me = attendeeFromToken(attendee.personalToken)!;
  decideOnMyPage(me, partner.id, "share", new Date(start + 2 * MINUTE));
  const rowsBefore = getDb().select({ id: consentEvents.id }).from(consentEvents).where(eq(consentEvents.eventId, event.eventId)).all().length;

  const late = share(event, 0, new Date(start + MINUTE));
  late.decision.choice = "decline";
  const [answer] = recordBoothItems(device, [late], new Date(start + 3 * MINUTE));
  assert.equal(answer!.status, 200, "the visit is recorded");
  assert.deepEqual(answer!.ok && [answer!.decision?.action, answer!.decision?.changed], ["grant", false]);
  assert.equal(currentDecision(attendee.id, partner.id)?.action, "grant");
  assert.equal(getDb().select({ id: consentEvents.id }).from(consentEvents).where(eq(consentEvents.eventId, event.eventId)).all().length, rowsBefore);
});
