import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { mailOutbox, partners } from "@/db/schema";
import { OPERATOR } from "../auth/actor";
import { attendeeFromToken } from "../auth/attendee";
import { useTestDatabase } from "../test/db";
import { decideAtBooth, decideOnMyPage } from "../test/decide";
import { makeDevice, makeEvent, makeOrganizer } from "../test/fixtures";
import { header, plainText, sendThrough, startTestSmtp, type TestSmtp } from "../test/smtp-server";
import { setEventTimeZone } from "../events/set-time-zone";
import { enqueueLedgerMail } from "./enqueue-ledger-mail";
import { listMail } from "./list-mail";

let smtp: TestSmtp;
before(async () => {
  useTestDatabase();
  smtp = await startTestSmtp();
});
after(() => smtp.close());

const send = (now?: Date) => sendThrough(smtp, now);

test("[MAIL] a share at the booth is confirmed to the attendee: plain text, the event as sender, the receipt and a one-tap withdrawal link", async () => {
  const event = makeEvent();
  const partner = event.partners[0]!;
  const attendee = event.attendees[0]!;
  const { result } = decideAtBooth(makeDevice(event.eventId, partner.id), attendee.badgeCode, "share");
  assert.equal(result.action, "grant");
  const before = smtp.arrived.length;
  assert.equal(await send(), 1);
  const mail = smtp.arrived.slice(before);
  assert.equal(mail.length, 1);
  assert.deepEqual(mail[0]!.to, [attendee.email]);
  assert.equal(mail[0]!.from, "leads@fairlead.test");
  assert.equal(header(mail[0]!.raw, "From"), `"Event ${event.slug}" <leads@fairlead.test>`);
  const text = plainText(mail[0]!.raw);
  assert.ok(text, "the message has a text/plain part");
  assert.match(text, new RegExp(partner.name));
  assert.match(text, /Send the brochure you asked for\./);
  assert.ok(text.includes(`https://fair.example/me/${attendee.personalToken}\n`), "the withdrawal link is the attendee's page");
  assert.ok(text.includes(`https://fair.example/me/${attendee.personalToken}/receipts/${result.consentId}`), "the receipt is linked");

  const [row] = listMail(OPERATOR, event.eventId);
  assert.equal(row!.status, "sent");
  assert.equal(row!.to, attendee.email);
  assert.equal(row!.subject, `You shared your contact details with ${partner.name}`);
  assert.equal(row!.attempts, 1);
  assert.ok(row!.sentAt);
  // Recorded without its body: no column of the outbox holds the text.
  const stored = getDb().select().from(mailOutbox).where(eq(mailOutbox.id, row!.id)).get()!;
  assert.ok(!JSON.stringify(stored).includes(attendee.personalToken));
  assert.equal(await send(), 0, "sent once");
});

test("[MAIL] a decline sends nothing; a share on /me is confirmed too; the same decision again does not mail twice", async () => {
  const event = makeEvent();
  const partner = event.partners[0]!;
  const attendee = event.attendees[1]!;
  decideAtBooth(makeDevice(event.eventId, partner.id), attendee.badgeCode, "decline");
  enqueueLedgerMail(); // what the sender's pass reads from the ledger first
  assert.deepEqual(listMail(OPERATOR, event.eventId), []);
  const me = attendeeFromToken(attendee.personalToken)!;
  decideOnMyPage(me, partner.id, "share");
  decideOnMyPage(me, partner.id, "share");
  enqueueLedgerMail();
  const rows = listMail(OPERATOR, event.eventId);
  assert.equal(rows.length, 1);
  assert.equal(rows[0]!.kind, "share_confirmation");
  const before = smtp.arrived.length;
  await send();
  assert.deepEqual(smtp.arrived.slice(before).map((m) => m.to[0]), [attendee.email]);
});

test("[MAIL] another organizer's event's mail is not found", async () => {
  const event = makeEvent();
  const stranger = await makeOrganizer();
  assert.throws(() => listMail(stranger, event.eventId), /not found/i);
});

test("[MAIL] the confirmation names the partner as the attendee was shown it, even if it was renamed before the mail went", async () => {
  const event = makeEvent();
  const partner = event.partners[0]!;
  const attendee = event.attendees[2]!;
  decideAtBooth(makeDevice(event.eventId, partner.id), attendee.badgeCode, "share");
  getDb().update(partners).set({ name: "Renamed Meanwhile", purpose: "Something else." }).where(eq(partners.id, partner.id)).run();
  const before = smtp.arrived.length;
  await send();
  const text = plainText(smtp.arrived.slice(before)[0]!.raw)!;
  assert.ok(text.includes(`Partner: ${partner.name}`) && text.includes("Purpose: Send the brochure you asked for."), text);
  assert.ok(!text.includes("Renamed Meanwhile"));
});

test("[MAIL] the confirmation states the share's time in the event's zone, naming it", async () => {
  const event = makeEvent();
  setEventTimeZone(OPERATOR, event.eventId, { timeZone: "Europe/Berlin" });
  const partner = event.partners[0]!;
  const attendee = event.attendees[0]!;
  decideAtBooth(makeDevice(event.eventId, partner.id), attendee.badgeCode, "share");
  const before = smtp.arrived.length;
  await send();
  const text = plainText(smtp.arrived.slice(before).find((m) => m.to.includes(attendee.email))!.raw) ?? "";
  assert.match(text, /\d{2}:\d{2} (CET|CEST)\b/, text);
  assert.doesNotMatch(text, /\d{2}:\d{2} UTC\b/);
});
