import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { partners } from "@/db/schema";
import { OPERATOR } from "../auth/actor";
import { attendeeFromToken } from "../auth/attendee";
import { useTestDatabase } from "../test/db";
import { decideAtBooth, decideOnMyPage } from "../test/decide";
import { makeDevice, makeEvent } from "../test/fixtures";
import { plainText, sendThrough, startTestSmtp, type TestSmtp } from "../test/smtp-server";
import { listMail } from "./list-mail";

let smtp: TestSmtp;
before(async () => {
  useTestDatabase();
  smtp = await startTestSmtp();
});
after(() => smtp.close());

const send = (now?: Date) => sendThrough(smtp, now);
const later = (t: Date, ms: number) => new Date(t.getTime() + ms);
const toPartner = (address: string) => smtp.arrived.filter((m) => m.to.includes(address));

function sharedWithFirstPartner(attendeeCount: number) {
  const event = makeEvent({ attendeeCount });
  const partner = event.partners[0]!;
  const device = makeDevice(event.eventId, partner.id);
  for (const a of event.attendees) decideAtBooth(device, a.badgeCode, "share");
  return { event, partner, device };
}

test("[MAIL] withdrawals reach the partner's contact address within a minute, batched in one message", async () => {
  const { event, partner, device } = sharedWithFirstPartner(4);
  const [a, b, c, d] = event.attendees;
  const t0 = new Date();
  await send(t0); // the share confirmations
  const address = "leads1@partner.example";
  decideOnMyPage(attendeeFromToken(a!.personalToken)!, partner.id, "decline", t0);
  decideAtBooth(device, b!.badgeCode, "decline", { at: t0 }); // "Don't share" after a share withdraws it too
  decideOnMyPage(attendeeFromToken(c!.personalToken)!, partner.id, "decline", later(t0, 5_000));
  decideOnMyPage(attendeeFromToken(c!.personalToken)!, partner.id, "share", later(t0, 6_000)); // changed their mind
  await send(later(t0, 10_000));
  assert.equal(toPartner(address).length, 0, "the batch waits for more withdrawals");
  await send(later(t0, 59_000));
  const [notice] = toPartner(address);
  assert.ok(notice, "one message within a minute");
  assert.equal(toPartner(address).length, 1);
  const text = plainText(notice.raw)!;
  assert.ok(text.includes(a!.email) && text.includes(b!.email), "both withdrawals listed");
  assert.ok(!text.includes(c!.email), "one who shared again is not listed");
  assert.match(text, /suppression list/);

  // The next withdrawal starts the next batch, which lists only what is new.
  decideOnMyPage(attendeeFromToken(d!.personalToken)!, partner.id, "decline", later(t0, 120_000));
  await send(later(t0, 180_000));
  assert.equal(toPartner(address).length, 2);
  const second = plainText(toPartner(address)[1]!.raw)!;
  assert.ok(second.includes(d!.email) && !second.includes(a!.email));
  const rows = listMail(OPERATOR, event.eventId).filter((r) => r.kind === "partner_withdrawals");
  assert.deepEqual(rows.map((r) => [r.status, r.to]), [["sent", address], ["sent", address]]);
});

test("[MAIL] a partner with no contact email: the notice fails with a reason the organizer can act on", async () => {
  const { event, partner } = sharedWithFirstPartner(1);
  getDb().update(partners).set({ contactEmail: null }).where(eq(partners.id, partner.id)).run();
  const t0 = new Date();
  decideOnMyPage(attendeeFromToken(event.attendees[0]!.personalToken)!, partner.id, "decline", t0);
  await send(later(t0, 60_000));
  const [row] = listMail(OPERATOR, event.eventId).filter((r) => r.kind === "partner_withdrawals");
  assert.equal(row!.status, "failed");
  assert.match(row!.lastError!, /no contact email/);
});
