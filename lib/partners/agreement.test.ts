import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { before, test } from "node:test";
import { useTestDatabase } from "../test/db";
import { count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { agreementAcceptances, eventAgreements } from "@/db/schema";
import { OPERATOR } from "../auth/actor";
import { attendeeFromToken } from "../auth/attendee";
import { listAudit } from "../audit/record-audit";
import { AppError, type ErrorCode } from "../errors";
import { agreementText, makeDevice, makeEvent, makeOrganizer, makePartnerMember } from "../test/fixtures";
import { acceptAgreement, agreementForPartner, agreementOverview, currentAgreement, publishAgreement } from "./agreement";

before(() => useTestDatabase());

const fails = (code: ErrorCode) => (e: unknown) => e instanceof AppError && e.code === code;
const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
const storedTexts = (eventId: number) => getDb().select({ n: count() }).from(eventAgreements).where(eq(eventAgreements.eventId, eventId)).get()!.n;
const acceptances = (partnerId: number) => getDb().select().from(agreementAcceptances).where(eq(agreementAcceptances.partnerId, partnerId)).all();

const EN = agreementText();
const DE = "Partner nutzen die Kontaktdaten der Leads dieser Veranstaltung nur für den genannten Zweck.";

test("[AGREEMENT] only the event's organizers publish it; partner admins, phones, attendees and other organizers cannot", async () => {
  const owner = await makeOrganizer();
  const event = makeEvent({ organizer: owner });
  const admin = await makePartnerMember(event.eventId, event.partners[0]!.id, "admin");
  const attendee = attendeeFromToken(event.attendees[0]!.personalToken)!;
  const stranger = await makeOrganizer();

  assert.throws(() => publishAgreement(admin, event.eventId, { en: EN }), fails("forbidden"));
  assert.throws(() => publishAgreement(makeDevice(event.eventId, event.partners[0]!.id), event.eventId, { en: EN }), fails("forbidden"));
  assert.throws(() => publishAgreement(attendee, event.eventId, { en: EN }), fails("forbidden"));
  assert.throws(() => publishAgreement(stranger, event.eventId, { en: EN }), fails("not_found"));
  assert.equal(storedTexts(event.eventId), 0, "nothing published by the refusals");

  assert.deepEqual(publishAgreement(owner, event.eventId, { en: EN }), { version: 1, created: true });
  const [published] = listAudit(owner, event.eventId);
  assert.deepEqual([published!.action, published!.actorLabel, published!.subject, published!.details], [
    "agreement.publish",
    `organizer:${owner.email}`,
    "version 1",
    { sha256: { en: sha256(EN) } },
  ]);
  const [row] = getDb().select({ createdBy: eventAgreements.createdBy }).from(eventAgreements).where(eq(eventAgreements.eventId, event.eventId)).all();
  assert.equal(row!.createdBy, owner.userId);
});

test("[AGREEMENT] English of at least 50 characters is required; German is optional but, if written, in full", () => {
  const event = makeEvent();
  const publish = (input: { en?: string; de?: string }) => publishAgreement(OPERATOR, event.eventId, input as { en: string });
  assert.throws(() => publish({}), fails("invalid"), "no English");
  assert.throws(() => publish({ en: "Too short." }), fails("invalid"));
  assert.throws(() => publish({ en: `   ${"x".repeat(49)}   ` }), fails("invalid"), "49 characters once trimmed");
  assert.throws(() => publish({ en: EN, de: "Zu kurz." }), fails("invalid"));
  assert.throws(() => publish({ en: "x".repeat(20_001) }), fails("invalid"), "at most 20,000 characters");
  assert.equal(storedTexts(event.eventId), 0);

  assert.deepEqual(publish({ en: "x".repeat(50), de: "" }), { version: 1, created: true }, "an empty German text is no German text");
  assert.deepEqual(currentAgreement(event.eventId).map((t) => t.language), ["en"]);
});

test("[AGREEMENT] control characters and direction overrides are refused; line breaks and tabs are kept", () => {
  const event = makeEvent();
  for (const bad of ["\u202E", "\u0007", "\u0000", "\u2066", "\u0085"]) {
    assert.throws(() => publishAgreement(OPERATOR, event.eventId, { en: `${EN} ${bad}hidden` }), fails("invalid"), `English with U+${bad.charCodeAt(0).toString(16)}`);
    assert.throws(() => publishAgreement(OPERATOR, event.eventId, { en: EN, de: `${DE} ${bad}versteckt` }), fails("invalid"), `German with U+${bad.charCodeAt(0).toString(16)}`);
  }
  assert.equal(storedTexts(event.eventId), 0);
  const lines = `1.\tPurpose\r\n${EN}\r\n\r\n2.\tDeletion\n${EN}`;
  publishAgreement(OPERATOR, event.eventId, { en: lines });
  assert.equal(currentAgreement(event.eventId)[0]!.text, lines.replace(/\r\n/g, "\n"), "kept, with line ends made one kind");
});

test("[AGREEMENT] versions: the same texts publish nothing, a changed text is the next version, each text keeps the sha256 of what is stored", () => {
  const event = makeEvent();
  const other = makeEvent();
  assert.deepEqual(currentAgreement(event.eventId), [], "nothing published yet");

  assert.deepEqual(publishAgreement(OPERATOR, event.eventId, { en: `  ${EN}\r\n`, de: DE }), { version: 1, created: true });
  const v1 = currentAgreement(event.eventId);
  assert.deepEqual(v1.map((t) => [t.version, t.language, t.text]), [[1, "en", EN], [1, "de", DE]], "trimmed, English first");
  for (const t of v1) assert.equal(t.sha256, sha256(t.text), `${t.language}: the sha256 of the stored text`);

  assert.deepEqual(publishAgreement(OPERATOR, event.eventId, { en: EN, de: `${DE}\n` }), { version: 1, created: false }, "the same texts again");
  assert.equal(storedTexts(event.eventId), 2, "nothing stored");

  assert.deepEqual(publishAgreement(OPERATOR, event.eventId, { en: EN, de: `${DE} Geändert.` }), { version: 2, created: true }, "one language changed");
  assert.deepEqual(currentAgreement(event.eventId).map((t) => [t.version, t.language, t.text]), [[2, "en", EN], [2, "de", `${DE} Geändert.`]]);
  assert.deepEqual(publishAgreement(OPERATOR, event.eventId, { en: EN }), { version: 3, created: true }, "German dropped");
  assert.deepEqual(currentAgreement(event.eventId).map((t) => [t.version, t.language]), [[3, "en"]]);
  assert.deepEqual(publishAgreement(OPERATOR, event.eventId, { en: EN }), { version: 3, created: false });
  assert.equal(storedTexts(event.eventId), 5, "earlier versions are kept, never edited");
  assert.deepEqual(
    getDb().select({ v: eventAgreements.version, text: eventAgreements.text }).from(eventAgreements).where(eq(eventAgreements.eventId, event.eventId)).all().filter((r) => r.v === 1).map((r) => r.text).sort(),
    [EN, DE].sort(),
  );

  assert.deepEqual(publishAgreement(OPERATOR, other.eventId, { en: EN }), { version: 1, created: true }, "each event counts its own versions");
  assert.equal(listAudit(OPERATOR, event.eventId).filter((a) => a.action === "agreement.publish").length, 3, "one log entry per version");
});

test("[AGREEMENT] only a partner admin accepts, and only the current version; accepting again changes nothing", async () => {
  const owner = await makeOrganizer();
  const event = makeEvent({ organizer: owner });
  const partner = event.partners[0]!;
  const admin = await makePartnerMember(event.eventId, partner.id, "admin");
  const member = await makePartnerMember(event.eventId, partner.id, "member");
  const at = new Date(Date.now() - 60_000);

  assert.throws(() => acceptAgreement(admin, { version: 1, language: "en" }), fails("conflict"), "nothing published yet");
  publishAgreement(owner, event.eventId, { en: EN, de: DE });

  assert.throws(() => acceptAgreement(member, { version: 1, language: "en" }), fails("forbidden"), "a member asks an admin");
  assert.throws(() => acceptAgreement(owner, { version: 1, language: "en" }), fails("forbidden"), "the organizer cannot accept for a partner");
  assert.throws(() => acceptAgreement(OPERATOR, { version: 1, language: "en" }), fails("forbidden"));
  assert.throws(() => acceptAgreement(makeDevice(event.eventId, partner.id), { version: 1, language: "en" }), fails("forbidden"));
  assert.throws(() => acceptAgreement(admin, { version: 2, language: "en" }), fails("conflict"), "not a version that is current");
  assert.throws(() => acceptAgreement(admin, { version: 1, language: "fr" }), fails("invalid"));
  assert.deepEqual(acceptances(partner.id), [], "nothing accepted by the refusals");

  acceptAgreement(admin, { version: 1, language: "de" }, at);
  acceptAgreement(admin, { version: 1, language: "de" }, new Date());
  const rows = acceptances(partner.id);
  assert.equal(rows.length, 1, "accepting twice is one acceptance");
  assert.deepEqual([rows[0]!.userId, rows[0]!.userEmail, rows[0]!.acceptedAt], [admin.userId, admin.email, at], "the first acceptance stands");
  const de = currentAgreement(event.eventId).find((t) => t.language === "de")!;
  assert.equal(rows[0]!.agreementId, de.id, "the German text was accepted");

  const accepted = listAudit(owner, event.eventId).filter((a) => a.action === "agreement.accept");
  assert.deepEqual(accepted.map((a) => [a.actorLabel, a.userId, a.subject, a.details]), [
    [`partner:${partner.id}:${admin.email}`, admin.userId, `partner ${partner.id} ${partner.name}`, { version: 1, language: "de", sha256: sha256(DE) }],
  ]);

  publishAgreement(owner, event.eventId, { en: agreementText("Version two.") });
  assert.throws(() => acceptAgreement(admin, { version: 1, language: "en" }), fails("conflict"), "a stale version");
  // Version 2 has no German text: the English one is what was read and accepted.
  acceptAgreement(admin, { version: 2, language: "de" });
  const v2 = listAudit(owner, event.eventId).find((a) => a.action === "agreement.accept")!;
  assert.deepEqual(v2.details, { version: 2, language: "en", sha256: sha256(agreementText("Version two.")) });
});

test("[AGREEMENT] the overview shows every partner's standing: none, pending, accepted by whom and when", async () => {
  const owner = await makeOrganizer();
  const event = makeEvent({ organizer: owner, partnerCount: 3 });
  const [a1, a2, a3] = event.partners as [(typeof event.partners)[0], (typeof event.partners)[0], (typeof event.partners)[0]];
  const admin1 = await makePartnerMember(event.eventId, a1.id, "admin");
  const admin2 = await makePartnerMember(event.eventId, a2.id, "admin");
  const standings = () => new Map(agreementOverview(owner, event.eventId).partners.map((p) => [p.partnerId, p.standing]));

  const before = agreementOverview(owner, event.eventId);
  assert.deepEqual(before.texts, []);
  assert.deepEqual(before.partners.map((p) => [p.partnerName, p.standing]).sort(), [a1, a2, a3].map((p) => [p.name, { state: "none" }]).sort());

  publishAgreement(owner, event.eventId, { en: EN, de: DE });
  const at = new Date(Date.now() - 5_000);
  acceptAgreement(admin1, { version: 1, language: "en" }, at);
  let now = standings();
  assert.deepEqual(now.get(a1.id), { state: "accepted", version: 1, acceptedAt: at, acceptedBy: admin1.email, language: "en", sha256: sha256(EN) });
  assert.deepEqual(now.get(a2.id), { state: "pending", version: 1 });
  assert.deepEqual(now.get(a3.id), { state: "pending", version: 1 });
  assert.deepEqual(agreementOverview(owner, event.eventId).texts.map((t) => t.language), ["en", "de"]);

  publishAgreement(owner, event.eventId, { en: agreementText("Version two.") });
  acceptAgreement(admin2, { version: 2, language: "en" });
  now = standings();
  assert.deepEqual(now.get(a1.id), { state: "pending", version: 2 }, "an earlier version's acceptance does not count");
  assert.equal(now.get(a2.id)?.state, "accepted");

  assert.throws(() => agreementOverview(admin1, event.eventId), fails("forbidden"), "for organizers");
  const stranger = await makeOrganizer();
  assert.throws(() => agreementOverview(stranger, event.eventId), fails("not_found"));
});

test("[AGREEMENT] a partner's team reads the texts it is asked to accept, members too, before accepting", async () => {
  const event = makeEvent();
  const partner = event.partners[0]!;
  const member = await makePartnerMember(event.eventId, partner.id, "member");
  assert.deepEqual(agreementForPartner(member), { texts: [], standing: { state: "none" } });
  publishAgreement(OPERATOR, event.eventId, { en: EN, de: DE });
  const seen = agreementForPartner(member);
  assert.deepEqual(seen.texts.map((t) => [t.language, t.text]), [["en", EN], ["de", DE]]);
  assert.deepEqual(seen.standing, { state: "pending", version: 1 });
  // Another event's agreement is not this partner's.
  const other = makeEvent();
  publishAgreement(OPERATOR, other.eventId, { en: agreementText("Elsewhere.") });
  assert.equal(agreementForPartner(member).texts[0]!.text, EN);
});
