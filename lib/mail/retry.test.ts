import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { OPERATOR } from "../auth/actor";
import { useTestDatabase } from "../test/db";
import { decideAtBooth } from "../test/decide";
import { makeDevice, makeEvent } from "../test/fixtures";
import { startTestSmtp, type TestSmtp } from "../test/smtp-server";
import { isCurrentLead } from "../consent/receipts/is-current-lead";
import { listMail } from "./list-mail";
import { backoffMs, MAX_ATTEMPTS, sendDueMail } from "./send-due-mail";
import { mailTransport } from "./transport";

let smtp: TestSmtp;
before(async () => {
  useTestDatabase();
  smtp = await startTestSmtp();
});
after(() => smtp.close());

const sendVia = (url: string, now: Date) =>
  sendDueMail({ transport: mailTransport({ smtpUrl: url, folder: "unused" }), fromAddress: "leads@fairlead.test", publicBase: "https://fair.example", now: () => now });
const later = (t: Date, ms: number) => new Date(t.getTime() + ms);

function share() {
  const event = makeEvent();
  const partner = event.partners[0]!;
  const attendee = event.attendees[0]!;
  const { result } = decideAtBooth(makeDevice(event.eventId, partner.id), attendee.badgeCode, "share");
  return { event, partner, attendee, result, row: () => listMail(OPERATOR, event.eventId)[0]! };
}

test("[MAIL] backoff doubles from a minute and is capped at an hour", () => {
  assert.deepEqual([1, 2, 3, 4, 5, 6, 7, 8].map((n) => backoffMs(n) / 60_000), [1, 2, 4, 8, 16, 32, 60, 60]);
});

test("[MAIL] an SMTP server refusing the recipient never fails the share; the message waits with backoff, then fails with the reason", async () => {
  smtp.refuse.rcpt = true;
  try {
    const { event, partner, attendee, result, row } = share();
    assert.equal(result.action, "grant", "the decision is recorded");
    assert.ok(isCurrentLead(attendee.id, partner.id));
    let t = new Date();
    await sendVia(smtp.url, t);
    assert.equal(row().status, "waiting");
    assert.equal(row().attempts, 1);
    assert.match(row().lastError!, /550|Mailbox unavailable/);
    assert.equal(row().nextAttemptAt.getTime(), t.getTime() + 60_000);
    assert.equal(await sendVia(smtp.url, later(t, 59_000)), 0, "not tried before its time");
    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
      t = row().nextAttemptAt;
      assert.equal(await sendVia(smtp.url, t), 1);
      assert.equal(row().attempts, attempt);
      if (attempt < MAX_ATTEMPTS) assert.equal(row().nextAttemptAt.getTime(), t.getTime() + backoffMs(attempt));
    }
    assert.equal(row().status, "failed");
    assert.match(row().lastError!, /550|Mailbox unavailable/);
    assert.equal(await sendVia(smtp.url, later(t, 24 * 3600_000)), 0, "a failed message is not tried again");
    assert.equal(listMail(OPERATOR, event.eventId).length, 1);
  } finally {
    smtp.refuse.rcpt = false;
  }
});

test("[MAIL] an SMTP server that is down: waiting to retry; once it answers, the message is sent", async () => {
  const down = await startTestSmtp();
  await down.close(); // its port now refuses connections
  const { attendee, row } = share();
  const t = new Date();
  await sendVia(down.url, t);
  assert.equal(row().status, "waiting");
  assert.match(row().lastError!, /ECONNREFUSED|connect/i);
  const before = smtp.arrived.length;
  await sendVia(smtp.url, later(t, 60_000));
  assert.equal(row().status, "sent");
  assert.equal(row().attempts, 2);
  assert.equal(row().lastError, null);
  assert.deepEqual(smtp.arrived.slice(before).map((m) => m.to[0]), [attendee.email]);
});
