import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { before, test } from "node:test";
import { count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { consentEvents } from "@/db/schema";
import { OPERATOR } from "../auth/actor";
import { attendeeFromToken } from "../auth/attendee";
import { AppError } from "../errors";
import { exportPartnerLeadsCsv, exportPartnerSuppressionCsv } from "../exports/test-downloads";
import { useTestDatabase } from "../test/db";
import { decideAtBooth, decideOnMyPage } from "../test/decide";
import { makeDevice, makeEvent } from "../test/fixtures";
import { readEarlierChoice } from "../scans/earlier-choice";
import { openScan } from "../scans/open-scan";
import { currentDecision, listLeads } from "./current-consent";
import { decideOnPage as decideOnPageDirect } from "./page-decision";
import { listWithdrawals } from "./withdrawals";

before(() => useTestDatabase());

const ledgerRows = (eventId: number) => getDb().select({ n: count() }).from(consentEvents).where(eq(consentEvents.eventId, eventId)).get()!.n;
const emails = (csv: Buffer) => csv.toString("utf8").split("\r\n").slice(1).filter(Boolean).map((l) => l.split(",")[0]!);

function sharedLead() {
  const event = makeEvent();
  const partner = event.partners[0]!;
  const device = makeDevice(event.eventId, partner.id);
  const attendee = event.attendees[0]!;
  decideAtBooth(device, attendee.badgeCode, "share");
  const me = attendeeFromToken(attendee.personalToken)!;
  return { event, partner, device, attendee, me };
}

test("[CONSENT] withdrawing on /me removes the lead at once, from lists and from the next export", async () => {
  const { event, partner, attendee, me } = sharedLead();
  assert.equal(listLeads(OPERATOR, event.eventId, partner.id).length, 1);
  const result = decideOnMyPage(me, partner.id, "decline");
  assert.equal(result.action, "withdraw");
  assert.deepEqual(listLeads(OPERATOR, event.eventId, partner.id), []);
  assert.deepEqual(emails((await exportPartnerLeadsCsv(OPERATOR, event.eventId, partner.id)).content), []);
  const [notice] = listWithdrawals(OPERATOR, event.eventId, partner.id);
  assert.equal(notice?.firstName, attendee.firstName);
  assert.equal(notice?.exported, false);
});

test("[CONSENT] the suppression list holds withdrawn contacts that had been exported, and only those", async () => {
  const { event, partner, device, attendee, me } = sharedLead();
  const other = event.attendees[1]!;
  await exportPartnerLeadsCsv(OPERATOR, event.eventId, partner.id); // hands over `attendee`
  decideAtBooth(device, other.badgeCode, "share");
  decideOnMyPage(attendeeFromToken(other.personalToken)!, partner.id, "decline"); // never exported
  const withdrawnAt = new Date(Date.now() + 1000);
  decideOnMyPage(me, partner.id, "decline", withdrawnAt);

  const file = (await exportPartnerSuppressionCsv(OPERATOR, event.eventId, partner.id)).content.toString("utf8");
  const lines = file.split("\r\n").filter(Boolean);
  assert.equal(lines[0], "\uFEFFemail,withdrawn_at,consent_id,email_sha256");
  assert.deepEqual(lines.slice(1).map((l) => l.split(",").slice(0, 2)), [[attendee.email, withdrawnAt.toISOString()]]);
});

test("[CONSENT] sharing again from /me brings the lead back, and a re-used form records once", () => {
  const { event, partner, me } = sharedLead();
  const withdrawnAt = new Date();
  decideOnMyPage(me, partner.id, "decline", withdrawnAt);
  const clientId = randomUUID();
  const before = ledgerRows(event.eventId);
  // A millisecond later: in the same millisecond the withdrawal would win the tie (below).
  const sharedAt = new Date(withdrawnAt.getTime() + 1);
  const again = decideOnMyPage(me, partner.id, "share", sharedAt, clientId);
  assert.deepEqual(decideOnMyPage(me, partner.id, "share", sharedAt, clientId), again);
  assert.equal(ledgerRows(event.eventId), before + 1);
  assert.equal(listLeads(OPERATOR, event.eventId, partner.id).length, 1);
  assert.throws(() => decideOnMyPage(me, partner.id, "decline", new Date(), clientId), (e: AppError) => e.code === "conflict");
});

test("[CONSENT] a withdrawal wins a tie, and the later decision wins otherwise", () => {
  const { event, partner, device, attendee, me } = sharedLead();
  const t = new Date(Date.now() + 60_000);
  decideOnMyPage(me, partner.id, "decline", t); // withdraw at t
  // An offline booth decision made at the same instant arrives afterwards: the withdrawal still stands.
  // (Shares after a withdrawal carry the attendee's personal code: lib/booth/reshare-rule.ts.)
  const personalCode = attendee.personalToken;
  decideAtBooth(device, attendee.badgeCode, "share", { at: t, personalCode });
  assert.equal(currentDecision(attendee.id, partner.id)?.action, "withdraw");
  assert.deepEqual(listLeads(OPERATOR, event.eventId, partner.id), []);
  decideAtBooth(device, attendee.badgeCode, "share", { at: new Date(t.getTime() + 1), personalCode });
  assert.equal(currentDecision(attendee.id, partner.id)?.action, "grant");
});

test("[CONSENT] a second scan shows the standing decision when the attendee asks; the same choice adds no event, a new one does", () => {
  const { event, device, attendee } = sharedLead();
  // The screen says only that a choice exists; the attendee's tap reads it (issue 12 §4).
  const read = { scanId: randomUUID(), code: attendee.badgeCode, scannedAt: new Date() };
  const screen = openScan(device, read);
  assert.equal(screen.earlier, true);
  assert.ok(!("current" in screen), "the screen does not carry the decision");
  assert.equal(readEarlierChoice(device, { scanId: read.scanId }).action, "grant");
  const before = ledgerRows(event.eventId);
  const again = decideAtBooth(device, attendee.badgeCode, "share");
  assert.equal(again.screen.earlier, true);
  assert.equal(again.result.changed, false);
  assert.equal(ledgerRows(event.eventId), before);
  const changed = decideAtBooth(device, attendee.badgeCode, "decline");
  assert.equal(changed.result.action, "withdraw", "don't share after sharing is a withdrawal");
  assert.equal(ledgerRows(event.eventId), before + 1);
});

test("[CONSENT] /me reaches only partners the attendee met, and only with their own token", () => {
  const { event, me } = sharedLead();
  const notice = { noticeId: 1, noticeSha256: "0".repeat(64), language: "en" };
  assert.throws(
    () => decideOnPageDirect(me, { partnerId: event.partners[1]!.id, choice: "share", clientId: randomUUID(), ...notice }),
    (e: AppError) => e.code === "not_found",
  );
  assert.equal(attendeeFromToken("not-a-real-token-at-all"), null);
  assert.equal(attendeeFromToken(event.attendees[0]!.badgeCode), null, "the badge code never opens the page");
});
