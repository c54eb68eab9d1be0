import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { before, test } from "node:test";
import { useTestDatabase } from "../test/db";
import { count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { exports, pairingLinks } from "@/db/schema";
import { OPERATOR, type Actor, type PartnerActor } from "./actor";
import { attendeeFromToken } from "./attendee";
import { deviceFromSession } from "./sessions";
import { listLeads } from "../consent/current-consent";
import { getReceipt } from "../consent/receipts/get-receipt";
import { listWithdrawals } from "../consent/withdrawals";
import { listDevices, revokeDevice } from "../devices/devices";
import { createPairingLink, pairDevice } from "../devices/pairing";
import { AppError, type ErrorCode } from "../errors";
import { listPartnerExports } from "../exports/list-exports";
import { streamPartnerFile } from "../exports/stream-partner-file";
import { exportPartnerLeadsCsv } from "../exports/test-downloads";
import { readCurrentQualifications } from "../leads/current-qualifications";
import { requireStandingLead } from "../leads/find-lead";
import { readLeadForm } from "../leads/read-lead-form";
import { saveQualification } from "../leads/save-qualification";
import { updateLeadForm } from "../leads/update-lead-form";
import { acceptAgreement, publishAgreement } from "../partners/agreement";
import { listPartners } from "../partners/partners";
import { decideAtBooth, decideOnMyPage } from "../test/decide";
import { agreementText, makeDevice, makeEvent, makeOrganizer, makePartnerMember, openAgreementGate } from "../test/fixtures";

before(() => useTestDatabase());

const fails = (code: ErrorCode, message?: RegExp) => (e: unknown) => e instanceof AppError && e.code === code && (!message || message.test(e.message));
const rows = (table: typeof exports | typeof pairingLinks) => getDb().select({ n: count() }).from(table).get()!.n;

/**
 * An event whose first partner (A1) has one lead with a rating, one withdrawal and one decline,
 * and whose second (A2) has one lead; A1 has an admin and a member, A2 an admin.
 */
async function eventWithTeams() {
  const owner = await makeOrganizer();
  const event = makeEvent({ organizer: owner, attendeeCount: 4 });
  const [a1, a2] = [event.partners[0]!, event.partners[1]!];
  const device1 = makeDevice(event.eventId, a1.id, "A1 phone");
  const device2 = makeDevice(event.eventId, a2.id, "A2 phone");
  const [lead, withdrawn, declined, foreign] = event.attendees as [(typeof event.attendees)[0], (typeof event.attendees)[0], (typeof event.attendees)[0], (typeof event.attendees)[0]];
  const grant = decideAtBooth(device1, lead.badgeCode, "share").result.consentId;
  saveQualification(device1, { consentId: grant, basedOn: 0, clientId: randomUUID(), rating: "warm", notes: "Wants a demo", tags: [], answers: {} });
  decideAtBooth(device1, withdrawn.badgeCode, "share");
  const withdrawal = decideOnMyPage(attendeeFromToken(withdrawn.personalToken)!, a1.id, "decline").consentId;
  const decline = decideAtBooth(device1, declined.badgeCode, "decline").result.consentId;
  const foreignGrant = decideAtBooth(device2, foreign.badgeCode, "share").result.consentId;
  const admin = await makePartnerMember(event.eventId, a1.id, "admin", { by: owner });
  const member = await makePartnerMember(event.eventId, a1.id, "member", { by: admin });
  const admin2 = await makePartnerMember(event.eventId, a2.id, "admin", { by: owner });
  return { owner, event, a1, a2, device1, device2, lead, withdrawn, grant, withdrawal, decline, foreignGrant, admin, member, admin2 };
}

type Setup = Awaited<ReturnType<typeof eventWithTeams>>;

/** Every function that returns a partner's lead data, as `actor` calls it for `partnerId`. */
function readers(s: Setup, actor: Actor, partnerId: number, grant: number) {
  const { eventId } = s.event;
  return {
    listLeads: () => listLeads(actor, eventId, partnerId),
    listWithdrawals: () => listWithdrawals(actor, eventId, partnerId),
    readCurrentQualifications: () => readCurrentQualifications(actor, eventId, partnerId),
    listDevices: () => listDevices(actor, eventId, partnerId),
    readLeadForm: () => readLeadForm(actor, eventId, partnerId),
    getReceipt: () => getReceipt(actor, grant),
    requireStandingLead: () => requireStandingLead(actor, grant),
  };
}

/** The admin-only ones; a refusal throws before any file is opened. */
function adminReaders(s: Setup, actor: Actor, partnerId: number) {
  const { eventId } = s.event;
  return {
    streamPartnerFile: () => streamPartnerFile(actor, eventId, partnerId, { file: "leads", format: "csv" }),
    listPartnerExports: () => listPartnerExports(actor, eventId, partnerId),
  };
}

function assertAllRefused(label: string, calls: Record<string, () => unknown>, code: ErrorCode, message?: RegExp) {
  for (const [name, call] of Object.entries(calls)) assert.throws(call, fails(code, message), `${label}: ${name} must be ${code}`);
}

/** What the partner's member can read once the gate is open: one lead, rated; one withdrawal; one phone. */
function assertMemberReads(s: Setup, member: PartnerActor) {
  const { eventId } = s.event;
  assert.deepEqual(listLeads(member, eventId, s.a1.id).map((l) => l.email), [s.lead.email]);
  assert.deepEqual(listWithdrawals(member, eventId, s.a1.id).map((w) => w.firstName), [s.withdrawn.firstName]);
  assert.deepEqual([...readCurrentQualifications(member, eventId, s.a1.id).values()].map((q) => [q.consentId, q.rating]), [[s.grant, "warm"]]);
  assert.deepEqual(listDevices(member, eventId, s.a1.id).map((d) => d.name), ["A1 phone"]);
  assert.equal(getReceipt(member, s.grant).partnerId, s.a1.id);
  assert.equal(requireStandingLead(member, s.grant).firstName, s.lead.firstName);
}

test("[AGREEMENT] before an agreement is published, and until an admin accepts it, the partner's team reaches no lead data", async () => {
  const s = await eventWithTeams();
  const { eventId } = s.event;
  const exportsBefore = rows(exports);
  const notPublished = /not published the event's data-use agreement/;
  for (const actor of [s.admin, s.member]) assertAllRefused(`${actor.role}, nothing published`, readers(s, actor, s.a1.id, s.grant), "forbidden", notPublished);
  assertAllRefused("admin, nothing published", adminReaders(s, s.admin, s.a1.id), "forbidden", notPublished);
  // A phone paired by the admin would read the leads round the gate: pairing waits for it too.
  assert.throws(() => createPairingLink(s.admin, eventId, s.a1.id), fails("forbidden", notPublished));

  publishAgreement(s.owner, eventId, { en: agreementText() });
  const pending = /Version 1 of the event's data-use agreement must be accepted/;
  for (const actor of [s.admin, s.member]) assertAllRefused(`${actor.role}, pending`, readers(s, actor, s.a1.id, s.grant), "forbidden", pending);
  assertAllRefused("admin, pending", adminReaders(s, s.admin, s.a1.id), "forbidden", pending);
  assert.throws(() => createPairingLink(s.admin, eventId, s.a1.id), fails("forbidden", pending));
  // Another partner's acceptance opens nothing for this one.
  acceptAgreement(s.admin2, { version: 1, language: "en" });
  assertAllRefused("member, another partner accepted", readers(s, s.member, s.a1.id, s.grant), "forbidden", pending);
  assert.equal(rows(exports), exportsBefore, "no file was recorded");

  // Organizers and booth phones are not gated.
  assert.deepEqual(listLeads(s.owner, eventId, s.a1.id).map((l) => l.email), [s.lead.email]);
  assert.deepEqual(listLeads(s.device1, eventId, s.a1.id).map((l) => l.email), [s.lead.email]);
  assert.equal(getReceipt(s.device1, s.grant).partnerId, s.a1.id);
  assert.equal(listWithdrawals(s.owner, eventId, s.a1.id).length, 1);
  assert.equal((await exportPartnerLeadsCsv(s.owner, eventId, s.a1.id)).rows, 1);
});

test("[AGREEMENT] once an admin accepts, the whole team reads its leads; a new version closes the gate until it is accepted", async () => {
  const s = await eventWithTeams();
  const { eventId } = s.event;
  assert.equal(openAgreementGate(s.admin), 1);
  assertMemberReads(s, s.member);
  assertMemberReads(s, s.admin);
  const file = await exportPartnerLeadsCsv(s.admin, eventId, s.a1.id);
  assert.equal(file.rows, 1);
  assert.match(file.content.toString("utf8"), new RegExp(s.lead.email.replace(/[.]/g, "\\.")));
  assert.deepEqual(listPartnerExports(s.admin, eventId, s.a1.id).map((e) => e.id), [file.exportId]);
  const recorded = getDb().select({ userId: exports.userId, partnerId: exports.partnerId }).from(exports).where(eq(exports.id, file.exportId)).get();
  assert.deepEqual(recorded, { userId: s.admin.userId, partnerId: s.a1.id }, "the export names the admin who took it");

  publishAgreement(s.owner, eventId, { en: agreementText("Version two: also no resale.") });
  const pending = /Version 2 of the event's data-use agreement must be accepted/;
  for (const actor of [s.admin, s.member]) assertAllRefused(`${actor.role}, version 2 pending`, readers(s, actor, s.a1.id, s.grant), "forbidden", pending);
  assertAllRefused("admin, version 2 pending", adminReaders(s, s.admin, s.a1.id), "forbidden", pending);
  assert.equal(listLeads(s.device1, eventId, s.a1.id).length, 1, "the booth phone still works");
  assert.equal(listLeads(s.owner, eventId, s.a1.id).length, 1, "and the organizer");

  acceptAgreement(s.admin, { version: 2, language: "en" });
  assertMemberReads(s, s.member);
});

test("[PARTNER ISOLATION] a partner's team finds nothing of another partner, of this event or another, even with the agreement accepted", async () => {
  const s = await eventWithTeams();
  const { eventId } = s.event;
  openAgreementGate(s.admin);
  acceptAgreement(s.admin2, { version: 1, language: "en" }); // A2's gate is open too: a refusal is not the gate's
  const other = await eventWithTeams();
  openAgreementGate(other.admin);

  for (const actor of [s.admin, s.member]) {
    assertAllRefused(`${actor.role} → A2`, readers(s, actor, s.a2.id, s.foreignGrant), "not_found");
    assertAllRefused(`${actor.role} → another event's partner, through this event`, readers(s, actor, other.a1.id, other.grant), "not_found");
    assert.throws(() => listLeads(actor, other.event.eventId, other.a1.id), fails("not_found"), "another event");
    assert.throws(() => listPartners(actor, other.event.eventId), fails("not_found"));
    assert.throws(() => getReceipt(actor, s.grant, other.event.eventId), fails("not_found"), "its own receipt, named under another event");
  }
  assertAllRefused("admin → A2", adminReaders(s, s.admin, s.a2.id), "not_found");
  assertAllRefused("admin → another event's partner", adminReaders(s, s.admin, other.a1.id), "not_found");
  // A2's own admin does read A2: the refusals above are about whose partner it is.
  assert.deepEqual(listLeads(s.admin2, eventId, s.a2.id).length, 1);
});

test("[PARTNER ISOLATION] listPartners for a partner's team returns its own partner only", async () => {
  const s = await eventWithTeams();
  assert.equal(listPartners(s.owner, s.event.eventId).length, 2);
  openAgreementGate(s.admin);
  assert.deepEqual(listPartners(s.member, s.event.eventId).map((p) => [p.id, p.leads]), [[s.a1.id, 1]]);
  assert.deepEqual(listPartners(s.admin2, s.event.eventId).map((p) => p.id), [s.a2.id]);
});

test("[RECEIPT] a partner's team sees its shares' receipts, never a decline's, nor a decline in a history", async () => {
  const s = await eventWithTeams();
  const { eventId } = s.event;
  openAgreementGate(s.admin);
  assert.throws(() => getReceipt(s.member, s.decline), fails("not_found"));
  assert.throws(() => getReceipt(s.admin, s.decline), fails("not_found"));
  assert.equal(getReceipt(s.owner, s.decline).receipt.decision_history.at(-1)!.state, "refused", "the organizer does see it");

  // An attendee who first declined A1, then shared: the team's copy of the history leaves the decline out.
  const person = s.event.attendees[2]!; // declined at A1 in eventWithTeams
  const granted = decideOnMyPage(attendeeFromToken(person.personalToken)!, s.a1.id, "share").consentId;
  assert.deepEqual(getReceipt(s.owner, granted).receipt.decision_history.map((h) => h.state), ["refused", "given"]);
  assert.deepEqual(getReceipt(s.member, granted).receipt.decision_history.map((h) => h.state), ["given"]);
  assert.equal(listLeads(s.member, eventId, s.a1.id).length, 2);
});

test("[PARTNER ROLES] a member is refused device, lead-form and export work; an admin does it for its own partner only", async () => {
  const s = await eventWithTeams();
  const { eventId } = s.event;
  openAgreementGate(s.admin);
  acceptAgreement(s.admin2, { version: 1, language: "en" });
  const form = { tags: ["Budget"], questions: [{ label: "Team size", kind: "choice", choices: ["1-10", "11+"] }] };
  const before = [rows(exports), rows(pairingLinks)];

  assert.throws(() => createPairingLink(s.member, eventId, s.a1.id), fails("forbidden"));
  assert.throws(() => revokeDevice(s.member, eventId, s.device1.deviceId), fails("forbidden"));
  assert.throws(() => updateLeadForm(s.member, eventId, s.a1.id, form), fails("forbidden"));
  assert.throws(() => streamPartnerFile(s.member, eventId, s.a1.id, { file: "leads", format: "csv" }), fails("forbidden"));
  assert.throws(() => listPartnerExports(s.member, eventId, s.a1.id), fails("forbidden"));
  assert.ok(deviceFromSession(s.device1.sessionToken), "the phone was not revoked");
  assert.deepEqual(readLeadForm(s.member, eventId, s.a1.id).tags, [], "the form is unchanged");

  // The admin, for another partner: not found, and nothing happens.
  assert.throws(() => createPairingLink(s.admin, eventId, s.a2.id), fails("not_found"));
  assert.throws(() => revokeDevice(s.admin, eventId, s.device2.deviceId), fails("not_found"));
  assert.throws(() => updateLeadForm(s.admin, eventId, s.a2.id, form), fails("not_found"));
  assert.throws(() => streamPartnerFile(s.admin, eventId, s.a2.id, { file: "leads", format: "csv" }), fails("not_found"));
  assert.ok(deviceFromSession(s.device2.sessionToken), "A2's phone still works");
  assert.deepEqual(readLeadForm(OPERATOR, eventId, s.a2.id).tags, []);
  assert.deepEqual([rows(exports), rows(pairingLinks)], before, "nothing recorded by any refusal");

  // The admin, for its own partner: pair a phone, revoke it, set the lead form.
  const link = createPairingLink(s.admin, eventId, s.a1.id);
  const linkRow = getDb().select({ createdBy: pairingLinks.createdBy, partnerId: pairingLinks.partnerId }).from(pairingLinks).orderBy(pairingLinks.id).all().at(-1);
  assert.deepEqual(linkRow, { createdBy: s.admin.userId, partnerId: s.a1.id });
  const paired = pairDevice({ token: link.token, deviceName: "Admin's phone" });
  const phone = deviceFromSession(paired.session.token)!;
  assert.deepEqual([phone.partnerId, phone.eventId], [s.a1.id, eventId]);
  revokeDevice(s.admin, eventId, paired.deviceId);
  assert.equal(deviceFromSession(paired.session.token), null, "the revoked phone's session ends");
  assert.ok(listDevices(s.admin, eventId, s.a1.id).find((d) => d.id === paired.deviceId)?.revokedAt);
  assert.deepEqual(updateLeadForm(s.admin, eventId, s.a1.id, form).tags, ["Budget"]);
  assert.deepEqual(readLeadForm(s.member, eventId, s.a1.id).questions.map((q) => q.label), ["Team size"], "the member reads what the admin set");

  // Another event's device, named through this event: not found.
  const other = makeEvent();
  const otherPhone = makeDevice(other.eventId, other.partners[0]!.id);
  assert.throws(() => revokeDevice(s.admin, eventId, otherPhone.deviceId), fails("not_found"));
  assert.throws(() => revokeDevice(s.admin, other.eventId, otherPhone.deviceId), fails("not_found"));
  assert.ok(deviceFromSession(otherPhone.sessionToken));
});
