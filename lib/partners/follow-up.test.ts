import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { consentPartnerWords, consentTexts } from "@/db/schema";
import { OPERATOR } from "../auth/actor";
import { attendeeFromToken } from "../auth/attendee";
import { listAudit } from "../audit/record-audit";
import { canonicalWords, parseWords } from "../consent/recorded-words";
import { AppError } from "../errors";
import { offlinePack } from "../sync/offline-pack";
import { useTestDatabase } from "../test/db";
import { decideAtBooth, decideOnMyPage } from "../test/decide";
import { makeDevice, makeEvent, makePartnerMember, openAgreementGate } from "../test/fixtures";
import { header, plainText, sendThrough, startTestSmtp, type TestSmtp } from "../test/smtp-server";
import { readFollowUps, removeFollowUp, saveFollowUp } from "./follow-up";

let smtp: TestSmtp;
before(async () => {
  useTestDatabase();
  smtp = await startTestSmtp();
});
after(() => smtp.close());

const PROMISE = "We will email you the product sheet now and may call you within 2 working days.";
const english = {
  language: "en",
  promise: PROMISE,
  message: "Thank you for visiting us.\nHere is the product sheet you asked for.",
  link1Label: "Product sheet",
  link1Url: "https://contoso.example/sheet.pdf",
  link2Label: "Book a call",
  link2Url: "https://contoso.example/book",
  replyTo: "Sales@Contoso.example",
};

/** What arrives at the test's SMTP server for the event's attendees from one pass of the sender. */
async function mailFromOnePass(event: { slug: string }) {
  const before = smtp.arrived.length;
  await sendThrough(smtp);
  return smtp.arrived.slice(before).filter((m) => m.to.some((to) => to.includes(event.slug)));
}

const refusal = (fn: () => unknown): AppError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  assert.fail("expected a refusal");
};

test("[FOLLOW-UP] the partner's admin saves a follow-up per language; links come in label/address pairs; each save is audited", async () => {
  const event = makeEvent();
  const partner = event.partners[0]!;
  const admin = await makePartnerMember(event.eventId, partner.id, "admin");
  openAgreementGate(admin);
  const saved = saveFollowUp(admin, event.eventId, partner.id, english);
  assert.equal(saved.promise, PROMISE);
  assert.deepEqual(saved.links, [
    { label: "Product sheet", url: "https://contoso.example/sheet.pdf" },
    { label: "Book a call", url: "https://contoso.example/book" },
  ]);
  assert.equal(saved.replyTo, "sales@contoso.example");
  saveFollowUp(admin, event.eventId, partner.id, { ...english, promise: "Contoso wird Ihnen das Datenblatt sofort schicken.", language: "de", replyTo: "", link2Label: "", link2Url: "" });
  const both = readFollowUps(admin, event.eventId, partner.id);
  assert.deepEqual(Object.keys(both).sort(), ["de", "en"]);
  assert.equal(both.de!.replyTo, null);
  assert.equal(both.de!.links.length, 1);

  // Saving again replaces that language's follow-up.
  saveFollowUp(admin, event.eventId, partner.id, { ...english, message: "Changed." });
  assert.equal(readFollowUps(admin, event.eventId, partner.id).en!.message, "Changed.");
  const audit = listAudit(OPERATOR, event.eventId).filter((a) => a.action === "partners.follow_up");
  assert.equal(audit.length, 3);

  const half = refusal(() => saveFollowUp(admin, event.eventId, partner.id, { ...english, link3Label: "Brochure" }));
  assert.equal(half.code, "invalid");
  assert.match(half.fields!.link3Url!, /Give link 3 its address/);
  const bad = refusal(() => saveFollowUp(admin, event.eventId, partner.id, { ...english, link1Url: "javascript:alert(1)", promise: "x".repeat(201), message: "Hi \u202e there" }));
  assert.deepEqual(Object.keys(bad.fields!).sort(), ["link1Url", "message", "promise"]);
  assert.equal(readFollowUps(admin, event.eventId, partner.id).en!.message, "Changed.", "a refused save changes nothing");

  removeFollowUp(admin, event.eventId, partner.id, "de");
  assert.deepEqual(Object.keys(readFollowUps(admin, event.eventId, partner.id)), ["en"]);
});

test("[FOLLOW-UP] only the partner's admins and the organizer edit it: a member, another partner's admin and a booth phone are refused", async () => {
  const event = makeEvent();
  const [partner, other] = event.partners;
  const member = await makePartnerMember(event.eventId, partner!.id, "member");
  const stranger = await makePartnerMember(event.eventId, other!.id, "admin");
  openAgreementGate(stranger);
  openAgreementGate(await makePartnerMember(event.eventId, partner!.id, "admin"));
  const device = makeDevice(event.eventId, partner!.id);
  assert.equal(refusal(() => saveFollowUp(member, event.eventId, partner!.id, english)).code, "forbidden");
  assert.equal(refusal(() => saveFollowUp(stranger, event.eventId, partner!.id, english)).code, "not_found");
  assert.equal(refusal(() => readFollowUps(stranger, event.eventId, partner!.id)).code, "not_found");
  assert.equal(refusal(() => saveFollowUp(device, event.eventId, partner!.id, english)).code, "forbidden");
  const otherEvent = makeEvent();
  assert.equal(refusal(() => saveFollowUp(stranger, otherEvent.eventId, otherEvent.partners[0]!.id, english)).code, "not_found");
  saveFollowUp(OPERATOR, event.eventId, partner!.id, english);
  assert.equal(readFollowUps(member, event.eventId, partner!.id).en!.promise, PROMISE);
});

test("[FOLLOW-UP] the consent screen states the promise in its language; the decision records it in its words and its text hash covers it", () => {
  const event = makeEvent();
  const partner = event.partners[0]!;
  saveFollowUp(OPERATOR, event.eventId, partner.id, english);
  const device = makeDevice(event.eventId, partner.id);
  const { screen, notice, result } = decideAtBooth(device, event.attendees[0]!.badgeCode, "share");
  assert.ok(notice.text.endsWith(`\n\n${PROMISE}`), "the promise closes the English notice");
  assert.ok(!screen.notices.find((n) => n.language === "de")!.text.includes(PROMISE), "the German notice states no English promise");
  assert.deepEqual(screen.partner.promises, { en: PROMISE });
  assert.ok(offlinePack(device)!.notices.find((n) => n.language === "en")!.text.includes(PROMISE), "an offline phone shows it too");

  const stored = getDb().select({ text: consentTexts.text }).from(consentTexts).where(eq(consentTexts.sha256, notice.sha256)).get();
  assert.ok(stored!.text.includes(PROMISE), "the text the ledger's hash names holds the promise");
  const words = getDb().select().from(consentPartnerWords).all().map((w) => parseWords(w.words)!);
  assert.ok(words.some((w) => w.promise === PROMISE), "the recorded words hold the promise");
  assert.equal(result.action, "grant");
});

test("[FOLLOW-UP] words without a promise keep the canonical form every earlier decision was hashed in", () => {
  const words = { name: "Contoso", booth: "B1", purpose: "Demo", privacy_url: "https://c.example/p", fields: ["name"], language: "en" };
  assert.equal(canonicalWords(words), '{"name":"Contoso","booth":"B1","purpose":"Demo","privacy_url":"https://c.example/p","fields":["name"],"language":"en"}');
  assert.equal(canonicalWords({ ...words, promise: "Hi." }), '{"name":"Contoso","booth":"B1","purpose":"Demo","privacy_url":"https://c.example/p","fields":["name"],"language":"en","promise":"Hi."}');
});

test("[FOLLOW-UP] a share brings the follow-up at once with the partner as reply-to; a decline brings nothing", async () => {
  const event = makeEvent();
  const partner = event.partners[0]!;
  saveFollowUp(OPERATOR, event.eventId, partner.id, english);
  const device = makeDevice(event.eventId, partner.id);
  const [sharer, decliner] = event.attendees;
  decideAtBooth(device, sharer!.badgeCode, "share");
  decideAtBooth(device, decliner!.badgeCode, "decline");
  const mail = await mailFromOnePass(event);
  assert.deepEqual(mail.map((m) => m.to), [[sharer!.email]], "one message, to the attendee who shared");
  assert.equal(header(mail[0]!.raw, "Reply-To"), "sales@contoso.example");
  assert.equal(header(mail[0]!.raw, "From"), `"Event ${event.slug}" <leads@fairlead.test>`);
  const text = plainText(mail[0]!.raw)!;
  assert.ok(text.includes(`${partner.name} sends you what it promised at booth B1:`));
  assert.ok(text.includes("Here is the product sheet you asked for."));
  assert.ok(text.includes("  Product sheet: https://contoso.example/sheet.pdf"));
  assert.ok(text.includes("  Book a call: https://contoso.example/book"));
  assert.ok(text.includes(`Reply to this email to reach ${partner.name}.`));
  assert.ok(text.includes(`Your contact details were shared with ${partner.name}`), "the share confirmation follows");
});

test("[FOLLOW-UP] withdrawn before it was sent: the confirmation goes without the follow-up; without a follow-up, no reply-to", async () => {
  const event = makeEvent();
  const [withFollowUp, without] = event.partners;
  saveFollowUp(OPERATOR, event.eventId, withFollowUp!.id, english);
  const attendee = event.attendees[0]!;
  decideAtBooth(makeDevice(event.eventId, withFollowUp!.id), attendee.badgeCode, "share");
  decideOnMyPage(attendeeFromToken(attendee.personalToken)!, withFollowUp!.id, "decline");
  decideAtBooth(makeDevice(event.eventId, without!.id), event.attendees[1]!.badgeCode, "share");
  const mail = await mailFromOnePass(event);
  const confirmations = mail.filter((m) => /shared your contact details/.test(header(m.raw, "Subject") ?? ""));
  assert.equal(confirmations.length, 2);
  for (const m of confirmations) {
    const text = plainText(m.raw)!;
    assert.ok(!text.includes("sends you what it promised"), `no follow-up to ${m.to[0]}`);
    assert.equal(header(m.raw, "Reply-To"), null);
  }
});

test("[FOLLOW-UP] in German for the attendee who read the German notice; a share on /me records the promise it showed", async () => {
  const event = makeEvent();
  const partner = event.partners[0]!;
  const promiseDe = "Contoso schickt Ihnen das Datenblatt sofort.";
  saveFollowUp(OPERATOR, event.eventId, partner.id, { ...english, language: "de", promise: promiseDe, message: "Danke für Ihren Besuch." });
  const attendee = event.attendees[0]!;
  const { notice } = decideAtBooth(makeDevice(event.eventId, partner.id), attendee.badgeCode, "share", { language: "de" });
  assert.ok(notice.text.endsWith(promiseDe));
  const [mail] = await mailFromOnePass(event);
  const text = plainText(mail!.raw)!;
  assert.ok(text.includes(`${partner.name} schickt Ihnen, was am Stand B1 versprochen wurde:`));
  assert.ok(text.includes("Danke für Ihren Besuch."));

  // The attendee's own page renders the same notice (with the promise) that its decision checks.
  const me = attendeeFromToken(event.attendees[1]!.personalToken)!;
  decideAtBooth(makeDevice(event.eventId, partner.id), event.attendees[1]!.badgeCode, "decline", { language: "de" });
  const shared = decideOnMyPage(me, partner.id, "share");
  assert.equal(shared.action, "grant");
});
