import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { OPERATOR } from "../auth/actor";
import { currentDecision } from "../consent/current-consent";
import { updatePartner } from "../partners/partners";
import { useTestDatabase } from "../test/db";
import { decideAtBooth } from "../test/decide";
import { makeDevice, makeEvent } from "../test/fixtures";
import { header, plainText, sendThrough, startTestSmtp, type TestSmtp } from "../test/smtp-server";
import { listMail } from "./list-mail";

let smtp: TestSmtp;
before(async () => {
  useTestDatabase();
  smtp = await startTestSmtp();
});
after(() => smtp.close());

const send = (now?: Date) => sendThrough(smtp, now);

test("[MAIL] a lapse is told to the attendee: the partner, its words before and after, the share ended, and their page to decide again", async () => {
  const event = makeEvent();
  const partner = event.partners[0]!;
  const [shared, declined] = event.attendees;
  const device = makeDevice(event.eventId, partner.id);
  decideAtBooth(device, shared!.badgeCode, "share");
  decideAtBooth(device, declined!.badgeCode, "decline");
  await send(); // the share's confirmation goes first
  const input = { name: partner.name, booth: partner.booth, contactEmail: "", privacyUrl: partner.privacyUrl };

  updatePartner(OPERATOR, event.eventId, partner.id, { ...input, name: "Contoso", purpose: "Sell you a timeshare." }, { confirmLapses: 1 });
  assert.equal(currentDecision(shared!.id, partner.id)!.action, "lapse");
  const arrivedBefore = smtp.arrived.length;
  assert.equal(await send(), 1, "one notice: the attendee who had shared, not the one who declined");
  const [mail] = smtp.arrived.slice(arrivedBefore);
  assert.deepEqual(mail!.to, [shared!.email]);
  assert.equal(header(mail!.raw, "From"), `"Event ${event.slug}" <leads@fairlead.test>`);
  const text = plainText(mail!.raw);
  assert.ok(text, "the message has a text/plain part");
  assert.ok(text.includes(`Name, before: ${partner.name}`) && text.includes("Name, now:    Contoso"), "old and new name");
  assert.ok(text.includes("Purpose, before: Send the brochure you asked for.") && text.includes("Purpose, now:    Sell you a timeshare."), "old and new purpose");
  assert.ok(!text.includes("Privacy policy, before"), "only what changed");
  assert.match(text, /your share ended/);
  assert.match(text, /Contoso will not receive your contact details/);
  assert.ok(text.includes(`https://fair.example/me/${shared!.personalToken}\n`), "the link to decide again is the attendee's page");

  const [row] = listMail(OPERATOR, event.eventId);
  assert.deepEqual([row!.kind, row!.status, row!.to], ["lapse_notice", "sent", shared!.email]);
  assert.equal(row!.subject, "Contoso changed what it told you: your share has ended");
  assert.equal(await send(), 0, "sent once");
});
