import assert from "node:assert/strict";
import { before, test } from "node:test";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { consentEvents, mailLedgerCursor, mailOutbox } from "@/db/schema";
import { attendeeFromToken } from "../auth/attendee";
import { useTestDatabase } from "../test/db";
import { decideAtBooth, decideOnMyPage } from "../test/decide";
import { makeDevice, makeEvent } from "../test/fixtures";
import { enqueueLedgerMail } from "./enqueue-ledger-mail";

before(() => {
  useTestDatabase();
});

const outbox = (eventId: number) =>
  getDb()
    .select({ kind: mailOutbox.kind, ref: mailOutbox.ref, status: mailOutbox.status, due: mailOutbox.nextAttemptAt, createdAt: mailOutbox.createdAt })
    .from(mailOutbox)
    .where(eq(mailOutbox.eventId, eventId))
    .orderBy(asc(mailOutbox.id))
    .all();
const ledger = (eventId: number) =>
  getDb().select({ id: consentEvents.id, action: consentEvents.action, at: consentEvents.recordedAt }).from(consentEvents).where(eq(consentEvents.eventId, eventId)).orderBy(asc(consentEvents.id)).all();
const cursor = () => getDb().select({ id: mailLedgerCursor.consentId }).from(mailLedgerCursor).get()?.id;

test("[MAIL] the ledger is the queue: a confirmation per share, one waiting notice per partner for its withdrawals, nothing for a decline; dated by the decision", () => {
  const event = makeEvent({ attendeeCount: 4 });
  const partner = event.partners[0]!;
  const device = makeDevice(event.eventId, partner.id);
  const t0 = new Date(Date.now() - 60_000);
  const [a, b, c, d] = event.attendees;
  for (const x of [a, b, c]) decideAtBooth(device, x!.badgeCode, "share", { at: t0 });
  decideAtBooth(device, d!.badgeCode, "decline", { at: t0 });
  decideOnMyPage(attendeeFromToken(a!.personalToken)!, partner.id, "decline", new Date(t0.getTime() + 1_000));
  decideOnMyPage(attendeeFromToken(b!.personalToken)!, partner.id, "decline", new Date(t0.getTime() + 2_000));
  assert.deepEqual(outbox(event.eventId), [], "the decisions wrote no mail themselves");

  const rows = ledger(event.eventId);
  assert.equal(enqueueLedgerMail(), rows.length);
  const grants = rows.filter((r) => r.action === "grant");
  const firstWithdrawal = rows.find((r) => r.action === "withdraw")!;
  assert.deepEqual(outbox(event.eventId), [
    ...grants.map((g) => ({ kind: "share_confirmation", ref: g.id, status: "waiting", due: g.at, createdAt: g.at })),
    // The second withdrawal joined the notice the first one started; the batch waits 30 s from it.
    { kind: "partner_withdrawals", ref: partner.id, status: "waiting", due: new Date(firstWithdrawal.at.getTime() + 30_000), createdAt: firstWithdrawal.at },
  ]);
  assert.equal(cursor(), rows.at(-1)!.id);
  assert.equal(enqueueLedgerMail(), 0, "read once");
  assert.equal(outbox(event.eventId).length, 4);
});

test("[MAIL] a pass reads at most its limit and the next goes on from its cursor: no message twice, none left out", () => {
  const event = makeEvent({ attendeeCount: 5 });
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  enqueueLedgerMail(); // what earlier tests left
  for (const x of event.attendees) decideAtBooth(device, x.badgeCode, "share");
  assert.equal(enqueueLedgerMail(2), 2);
  assert.equal(outbox(event.eventId).length, 2);
  assert.equal(enqueueLedgerMail(2), 2);
  assert.equal(enqueueLedgerMail(2), 1);
  assert.deepEqual(outbox(event.eventId).map((m) => m.ref), ledger(event.eventId).map((r) => r.id));
});

test("[MAIL] a pass that fails writes neither its messages nor its cursor; the next one writes them once", () => {
  const event = makeEvent({ attendeeCount: 3 });
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  enqueueLedgerMail();
  const before = cursor();
  for (const x of event.attendees) decideAtBooth(device, x.badgeCode, "share");
  // The disk fills up at the pass's second message (a test file editing the schema, as an attacker or a fault would).
  getDb().$client.exec(`create trigger full_disk before insert on mail_outbox
    when (select count(*) from mail_outbox where event_id = ${event.eventId}) >= 1 begin select raise(abort, 'database or disk is full'); end`);
  try {
    assert.throws(() => enqueueLedgerMail(), /disk is full/);
  } finally {
    getDb().$client.exec("drop trigger full_disk");
  }
  assert.deepEqual(outbox(event.eventId), []);
  assert.equal(cursor(), before);
  assert.equal(enqueueLedgerMail(), 3);
  assert.equal(outbox(event.eventId).filter((m) => m.kind === "share_confirmation").length, 3);
});
