import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { before, test } from "node:test";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { mailOutbox } from "@/db/schema";
import { OPERATOR } from "../auth/actor";
import { loadConfig } from "../config";
import { useTestDatabase } from "../test/db";
import { decideAtBooth } from "../test/decide";
import { makeDevice, makeEvent } from "../test/fixtures";
import { header, plainText } from "../test/smtp-server";
import { enqueueLedgerMail } from "./enqueue-ledger-mail";
import { listMail } from "./list-mail";
import { startMailSender } from "./mail-sender";
import { mailSettings } from "./mail-settings";
import { sendDueMail } from "./send-due-mail";
import { mailTransport, type MailMessage } from "./transport";

let dbFile: string;
before(() => {
  dbFile = useTestDatabase();
});

const env = (extra: Record<string, string>): NodeJS.ProcessEnv => ({ ...process.env, ...extra });

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  assert.ok(check(), what);
}

test("[MAIL] no SMTP URL: the message is an .eml file in the folder next to the database (or FAIRLEAD_MAIL_DIR)", async () => {
  const settings = mailSettings();
  assert.equal(settings.smtpUrl, null);
  assert.equal(settings.folder, path.join(path.dirname(dbFile), "outbox-mail"));
  assert.equal(mailSettings(env({ FAIRLEAD_MAIL_DIR: "/srv/mail" })).folder, "/srv/mail");

  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "fairlead-mail-"));
  const event = makeEvent();
  const attendee = event.attendees[0]!;
  decideAtBooth(makeDevice(event.eventId, event.partners[0]!.id), attendee.badgeCode, "share");
  await sendDueMail({ transport: mailTransport({ smtpUrl: null, folder }), fromAddress: "leads@fairlead.test", publicBase: "https://fair.example" });
  const files = fs.readdirSync(folder);
  assert.equal(files.length, 1);
  assert.match(files[0]!, /\.eml$/);
  const raw = fs.readFileSync(path.join(folder, files[0]!), "utf8");
  assert.equal(header(raw, "To"), attendee.email);
  assert.equal(header(raw, "From"), `"Event ${event.slug}" <leads@fairlead.test>`);
  assert.ok(plainText(raw)!.includes(`https://fair.example/me/${attendee.personalToken}`));
  assert.equal(listMail(OPERATOR, event.eventId)[0]!.status, "sent");
});

test("[MAIL] settings refuse an SMTP URL that is not one, and a from address that is not an address", () => {
  assert.throws(() => loadConfig(env({ FAIRLEAD_SMTP_URL: "http://mail.example" })), /FAIRLEAD_SMTP_URL/);
  assert.throws(() => loadConfig(env({ FAIRLEAD_MAIL_FROM: "fairlead" })), /FAIRLEAD_MAIL_FROM/);
  assert.equal(loadConfig(env({ FAIRLEAD_SMTP_URL: "smtps://u:p@mail.example:465" })).FAIRLEAD_SMTP_URL, "smtps://u:p@mail.example:465");
});

test("[MAIL] the running sender sends a share's confirmation after the decision commits, and resends one a stopped process left on the wire", async () => {
  const sent: MailMessage[] = [];
  const event = makeEvent();
  // A message a process stopped sending: "sending" when the server starts again.
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  decideAtBooth(device, event.attendees[0]!.badgeCode, "share");
  enqueueLedgerMail(); // a pass read it from the ledger, then the process stopped while sending
  const left = getDb().update(mailOutbox).set({ status: "sending" }).where(eq(mailOutbox.eventId, event.eventId)).run().changes;
  assert.equal(left, 1);

  const sender = startMailSender({ transport: { send: (m) => Promise.resolve(void sent.push(m)) }, pollMs: 60_000 });
  try {
    await until(() => sent.length === 1, "the left-over message is sent at start");
    decideAtBooth(device, event.attendees[1]!.badgeCode, "share"); // wakes the sender: no poll needed
    await until(() => sent.length === 2, "the new share's confirmation is sent at once");
    assert.deepEqual(sent.map((m) => m.to).sort(), [event.attendees[0]!.email, event.attendees[1]!.email].sort());
    await sender.idle();
    assert.deepEqual(listMail(OPERATOR, event.eventId).map((r) => r.status), ["sent", "sent"]);
  } finally {
    sender.stop();
  }
});

test("[MAIL] a backlog drains at the sender's pace (batch, then a gap), so it never takes the thread that answers the booths", async () => {
  const sent: MailMessage[] = [];
  const event = makeEvent({ attendeeCount: 3 });
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  for (const a of event.attendees) decideAtBooth(device, a.badgeCode, "share");
  const sender = startMailSender({ transport: { send: (m) => Promise.resolve(void sent.push(m)) }, batch: 2, gapMs: 60_000, pollMs: 60_000 });
  try {
    await until(() => sent.length === 2, "the first batch goes at once");
    await sender.idle();
    sender.wake(); // a new enqueue does not cut the gap short
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(sent.length, 2);
    assert.deepEqual(listMail(OPERATOR, event.eventId).map((r) => r.status).sort(), ["sent", "sent", "waiting"]);
  } finally {
    sender.stop();
  }
});
