import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { before, test } from "node:test";
import { and, count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { consentEvents, leadQualificationCurrent, leadQualifications, mailOutbox } from "@/db/schema";
import { OPERATOR } from "../auth/actor";
import { attendeeFromToken } from "../auth/attendee";
import { listAudit } from "../audit/record-audit";
import { currentDecision, listLeads } from "../consent/current-consent";
import { changeIdOfLapse } from "../consent/lapse-cause";
import { getReceipt } from "../consent/receipts/get-receipt";
import { verifyLedger } from "../consent/verify-ledger";
import type { AppError } from "../errors";
import { exportPartnerLeadsCsv, exportPartnerSuppressionCsv } from "../exports/test-downloads";
import { saveQualification } from "../leads/save-qualification";
import { useTestDatabase } from "../test/db";
import { decideAtBooth, decideOnMyPage } from "../test/decide";
import { makeDevice, makeEvent, makeOrganizer } from "../test/fixtures";
import { findPartner, updatePartner } from "./partners";
import { enqueueLedgerMail } from "../mail/enqueue-ledger-mail";

before(() => useTestDatabase());

const ledgerRows = (eventId: number) => getDb().select({ n: count() }).from(consentEvents).where(eq(consentEvents.eventId, eventId)).get()!.n;
/** The lapse notices waiting, once the sender has read the ledger (as its next pass would). */
function lapseMail(eventId: number) {
  enqueueLedgerMail();
  return getDb().select({ ref: mailOutbox.ref }).from(mailOutbox).where(and(eq(mailOutbox.eventId, eventId), eq(mailOutbox.kind, "lapse_notice"))).all();
}
const emails = (csv: Buffer) => csv.toString("utf8").split("\r\n").slice(1).filter(Boolean).map((l) => l.split(",")[0]!);

/** Four attendees at the first partner: 0 shares, 1 shares then withdraws, 2 declines, 3 shares after an export. */
async function decided() {
  const organizer = await makeOrganizer();
  const event = makeEvent({ organizer, attendeeCount: 4 });
  const partner = event.partners[0]!;
  const device = makeDevice(event.eventId, partner.id);
  const [a0, a1, a2, a3] = event.attendees as [(typeof event.attendees)[0], (typeof event.attendees)[0], (typeof event.attendees)[0], (typeof event.attendees)[0]];
  decideAtBooth(device, a0.badgeCode, "share");
  decideAtBooth(device, a1.badgeCode, "share");
  await exportPartnerLeadsCsv(OPERATOR, event.eventId, partner.id); // hands over a0 and a1
  decideOnMyPage(attendeeFromToken(a1.personalToken)!, partner.id, "decline");
  decideAtBooth(device, a2.badgeCode, "decline");
  decideAtBooth(device, a3.badgeCode, "share");
  const input = { name: partner.name, booth: partner.booth, contactEmail: partner.contactEmail ?? "", privacyUrl: partner.privacyUrl, purpose: partner.purpose };
  return { organizer, event, partner, device, a0, a1, a2, a3, input };
}

test("[CONSENT] a rename with shares standing asks first and changes nothing; a stale count asks again", async () => {
  const { organizer, event, partner, input } = await decided();
  const rows = ledgerRows(event.eventId);
  const audit = listAudit(organizer, event.eventId).length;

  const asked = updatePartner(organizer, event.eventId, partner.id, { ...input, name: "Contoso Renamed" });
  assert.deepEqual(asked, { confirm: { lapsing: 2, changed: ["name"] } });
  const again = updatePartner(organizer, event.eventId, partner.id, { ...input, name: "Contoso Renamed" }, { confirmLapses: 3 });
  assert.deepEqual(again, { confirm: { lapsing: 2, changed: ["name"] } }, "a count that is not the one standing is asked again");

  assert.equal(findPartner(organizer, event.eventId, String(partner.id)).name, partner.name);
  assert.equal(ledgerRows(event.eventId), rows);
  assert.equal(listAudit(organizer, event.eventId).length, audit);
  assert.deepEqual(lapseMail(event.eventId), []);
  assert.equal(listLeads(organizer, event.eventId, partner.id).length, 2);
  assert.throws(
    () => updatePartner(organizer, event.eventId, partner.id, { ...input, name: "Contoso Renamed" }, { confirmLapses: -1 }),
    (e: AppError) => e.code === "invalid",
  );
});

test("[CONSENT] confirmed, the change ends exactly the standing shares: off the export at once, handed-over ones suppressed, each attendee mailed", async () => {
  const { organizer, event, partner, a0, a1, a2, a3, input } = await decided();
  const grants = [a0, a3].map((a) => currentDecision(a.id, partner.id)!.consentId);
  const rows = ledgerRows(event.eventId);
  const now = new Date();

  const done = updatePartner(organizer, event.eventId, partner.id, { ...input, purpose: "Invite you to a webinar." }, { confirmLapses: 2 }, now);
  assert.ok("partner" in done);
  assert.equal(done.lapsed, 2);
  assert.equal(done.partner.purpose, "Invite you to a webinar.");
  assert.equal(ledgerRows(event.eventId), rows + 2);
  assert.deepEqual(
    [a0, a1, a2, a3].map((a) => currentDecision(a.id, partner.id)!.action),
    ["lapse", "withdraw", "decline", "lapse"],
    "declines and withdrawals are left as they were",
  );

  for (const [i, a] of [a0, a3].entries()) {
    const lapse = getDb().select().from(consentEvents).where(eq(consentEvents.id, currentDecision(a.id, partner.id)!.consentId)).get()!;
    const grant = getDb().select().from(consentEvents).where(eq(consentEvents.id, grants[i]!)).get()!;
    assert.equal(lapse.method, "partner_change");
    assert.equal(lapse.deviceId, null);
    assert.deepEqual([lapse.noticeId, lapse.textSha256, lapse.language, lapse.wordsSha256], [grant.noticeId, grant.textSha256, grant.language, grant.wordsSha256], "the lapse names what it ended");
    assert.ok(lapse.wordsSha256, "the ended grant's words as shown");
    assert.equal(lapse.deviceTime.getTime(), now.getTime());
    assert.equal(lapse.recordedAt.getTime(), now.getTime());
    assert.ok(changeIdOfLapse(lapse.clientId));
    assert.equal(getReceipt(organizer, lapse.id).receipt.event[0]!.state, "expired");
  }

  assert.deepEqual(listLeads(organizer, event.eventId, partner.id), []);
  assert.deepEqual(emails((await exportPartnerLeadsCsv(organizer, event.eventId, partner.id)).content), []);
  const suppressed = emails((await exportPartnerSuppressionCsv(organizer, event.eventId, partner.id)).content);
  assert.deepEqual(suppressed.sort(), [a0.email, a1.email].sort(), "handed over earlier: the lapsed and the withdrawn; a3 was never handed over");

  assert.equal(lapseMail(event.eventId).length, 2, "one lapse notice per attendee");
  const [update, lapse] = listAudit(organizer, event.eventId).filter((a) => a.action !== "exports.file"); // the exports above are logged too
  assert.equal(update!.action, "partners.update");
  assert.equal(lapse!.action, "consents.lapse");
  assert.equal((lapse!.details as { lapsed: number }).lapsed, 2);
  assert.equal(verifyLedger(OPERATOR, event.eventId).problem, null, "the chain and the standing decisions hold");
});

test("[CONSENT] after a lapse, a booth phone alone cannot share again; the personal code or /me can", async () => {
  const { organizer, event, partner, device, a0, a3, input } = await decided();
  updatePartner(organizer, event.eventId, partner.id, { ...input, privacyUrl: "https://new.example/privacy" }, { confirmLapses: 2 });

  const rows = ledgerRows(event.eventId);
  assert.throws(
    () => decideAtBooth(device, a0.badgeCode, "share"),
    (e: AppError) => e.code === "forbidden" && /changed what it tells attendees/.test(e.message) && /personal code/.test(e.message),
  );
  assert.equal(ledgerRows(event.eventId), rows, "nothing was shared");
  assert.equal(currentDecision(a0.id, partner.id)!.action, "lapse");

  const byCode = decideAtBooth(device, a0.badgeCode, "share", { personalCode: a0.personalToken }).result;
  assert.deepEqual([byCode.action, byCode.changed], ["grant", true]);

  const me = attendeeFromToken(a3.personalToken)!;
  const again = decideOnMyPage(me, partner.id, "share");
  assert.deepEqual([again.action, again.changed], ["grant", true]);
  assert.deepEqual(listLeads(organizer, event.eventId, partner.id).map((l) => l.attendeeId).sort(), [a0.id, a3.id].sort());
});

test("[CONSENT] after a lapse, saying no on /me is recorded as a decision under the new words", async () => {
  const { organizer, event, partner, a3, input } = await decided();
  updatePartner(organizer, event.eventId, partner.id, { ...input, name: "Contoso Renamed" }, { confirmLapses: 2 });
  const no = decideOnMyPage(attendeeFromToken(a3.personalToken)!, partner.id, "decline");
  assert.deepEqual([no.action, no.changed], ["decline", true]);
});

test("[CONSENT] a change of the booth or the contact email ends no consent and applies at once", async () => {
  const { organizer, event, partner, a0, input } = await decided();
  const rows = ledgerRows(event.eventId);
  const done = updatePartner(organizer, event.eventId, partner.id, { ...input, booth: "Z9", contactEmail: "new@partner.example" });
  assert.ok("partner" in done);
  assert.deepEqual([done.lapsed, done.partner.booth, done.partner.contactEmail], [0, "Z9", "new@partner.example"]);
  assert.equal(ledgerRows(event.eventId), rows);
  assert.equal(currentDecision(a0.id, partner.id)!.action, "grant");
  assert.deepEqual(lapseMail(event.eventId), []);
});

test("[CONSENT] with no share standing, a rename applies at once", () => {
  const event = makeEvent();
  const partner = event.partners[1]!;
  const input = { name: "Quiet Renamed", booth: partner.booth, contactEmail: "", privacyUrl: partner.privacyUrl, purpose: partner.purpose };
  const done = updatePartner(OPERATOR, event.eventId, partner.id, input);
  assert.ok("partner" in done);
  assert.deepEqual([done.partner.name, done.lapsed], ["Quiet Renamed", 0]);
});

test("[QUALIFY] a lapse erases what the booth recorded about the person, as a withdrawal does", async () => {
  const { organizer, event, partner, device, a0, input } = await decided();
  // A decision 023 addition to the trigger of migration 0005 (migration 0014).
  const grant = currentDecision(a0.id, partner.id)!.consentId;
  saveQualification(device, { consentId: grant, basedOn: 0, clientId: randomUUID(), rating: "hot", notes: "Call on Monday", tags: [], answers: {} });
  const rowsOf = () => [leadQualifications, leadQualificationCurrent].map((t) => getDb().select({ n: count() }).from(t).where(eq(t.attendeeId, a0.id)).get()!.n);
  assert.deepEqual(rowsOf(), [1, 1]);
  updatePartner(organizer, event.eventId, partner.id, { ...input, name: "Contoso Renamed" }, { confirmLapses: 2 });
  assert.deepEqual(rowsOf(), [0, 0]);
});
