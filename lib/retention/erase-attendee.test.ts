// Erasure on request: one attendee's data goes at once; the ledger and earlier receipts still verify.
import assert from "node:assert/strict";
import { before, test } from "node:test";
import { and, count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { attendees, auditLog, erasedContacts, leadQualifications, mailOutbox } from "@/db/schema";
import { OPERATOR } from "../auth/actor";
import { attendeeFromToken } from "../auth/attendee";
import { listLeads } from "../consent/current-consent";
import { getReceipt } from "../consent/receipts/get-receipt";
import type { ProvableReceipt } from "../consent/receipts/receipt";
import { receiptDownload } from "../consent/receipts/receipt-download";
import { verifyReceipt } from "../consent/receipts/verify-receipt";
import { findStandingDrift } from "../consent/standing-drift";
import { listWithdrawals } from "../consent/withdrawals";
import { decideOnMyPage } from "../test/decide";
import { verifyLedger } from "../consent/verify-ledger";
import { AppError } from "../errors";
import { exportPartnerLeadsCsv, exportPartnerSuppressionCsv } from "../exports/test-downloads";
import { writeCheckpoint } from "../ledger/write-checkpoint";
import { publicCheckpoints } from "../ledger/public-checkpoints";
import { findBadgeHolder } from "../attendees/find-by-badge";
import { useTestDatabase } from "../test/db";
import { makeOrganizer } from "../test/fixtures";
import { emailSha256, normaliseEmail } from "./email-hash";
import { eraseAttendee } from "./erase-attendee";
import { sharedEvent } from "./test-helpers";

before(() => useTestDatabase());

const code = (c: string) => (e: unknown) => e instanceof AppError && e.code === c;
const csvLines = (b: Buffer) => b.toString("utf8").replace(/^\uFEFF/, "").split("\r\n").filter(Boolean);

test("[RETENTION] the email's hash is SHA-256 of the trimmed, lowercased address", () => {
  assert.equal(normaliseEmail("  Ada.Lovelace+expo@Example.COM \n"), "ada.lovelace+expo@example.com");
  // printf '%s' 'ada@example.com' | sha256sum: what a partner computes from its own copy.
  assert.equal(emailSha256(" ADA@Example.com\t"), "b5fc85e55755f9e0d030a10ab4429b6b2944855f9a0d60077fe832becbc41d72");
  assert.notEqual(emailSha256("ada@example.com"), emailSha256("ada@example.org"));
});

test("[RETENTION] an erased attendee is gone from the partner's live list, next export and their own page; the suppression list has the hash", async () => {
  const organizer = await makeOrganizer();
  const { event, p1, p2, grants } = await sharedEvent({ organizer });
  const ada = event.attendees[0]!;
  writeCheckpoint(event.eventId, new Date());
  const earlier = (await receiptDownload(grants[0]!, getReceipt(OPERATOR, grants[0]!).receipt).json()) as ProvableReceipt;

  const counts = eraseAttendee(organizer, event.eventId, ada.id);
  assert.deepEqual(counts, { attendees: 1, lapsed: 2, suppressed: 2, qualifications: 1, mail: 2 });

  assert.ok(!listLeads(OPERATOR, event.eventId, p1.id).some((l) => l.attendeeId === ada.id), "not in the live list");
  assert.equal(listLeads(OPERATOR, event.eventId, p2.id).length, 0);
  const leads = csvLines((await exportPartnerLeadsCsv(OPERATOR, event.eventId, p1.id)).content);
  assert.equal(leads.length, 3, "header and the two others");
  assert.ok(!leads.some((l) => l.includes(ada.email)));
  const suppression = csvLines((await exportPartnerSuppressionCsv(OPERATOR, event.eventId, p1.id)).content);
  assert.equal(suppression[0], "email,withdrawn_at,consent_id,email_sha256");
  assert.equal(suppression.length, 2);
  assert.ok(suppression[1]!.startsWith(","), "no address");
  assert.ok(suppression[1]!.endsWith(`,${emailSha256(ada.email)}`), suppression[1]);
  assert.equal(getDb().select({ n: count() }).from(erasedContacts).where(eq(erasedContacts.attendeeId, ada.id)).get()!.n, 2);

  const row = getDb().select().from(attendees).where(eq(attendees.id, ada.id)).get()!;
  assert.deepEqual([row.firstName, row.lastName, row.email, row.company, row.personalTokenSealed], ["", "", "", null, null]);
  assert.ok(row.erasedAt);
  assert.equal(attendeeFromToken(ada.personalToken), null, "the personal link is dead");
  assert.throws(() => findBadgeHolder(event.eventId, ada.badgeCode), code("not_found"), "the badge is dead");
  assert.equal(getDb().select({ n: count() }).from(leadQualifications).where(eq(leadQualifications.attendeeId, ada.id)).get()!.n, 0);
  const audit = getDb().select().from(auditLog).where(and(eq(auditLog.eventId, event.eventId), eq(auditLog.action, "attendees.erase"))).all();
  assert.equal(audit.length, 1);
  assert.deepEqual(audit[0]!.details, { cause: "request", ...counts });

  // The ledger still verifies, and so does the receipt handed out before.
  writeCheckpoint(event.eventId, new Date(Date.now() + 1));
  const report = verifyLedger(OPERATOR, event.eventId);
  assert.equal(report.problem, null);
  assert.equal(findStandingDrift(OPERATOR, event.eventId), null);
  const check = verifyReceipt(earlier, publicCheckpoints(event.slug));
  assert.ok(check.ok, check.lines.join("\n"));
  // A second erasure finds nobody; another event's organizer finds nothing either.
  assert.throws(() => eraseAttendee(organizer, event.eventId, ada.id), code("not_found"));
  const bob = attendeeFromToken(event.attendees[1]!.personalToken)!;
  assert.throws(() => eraseAttendee(bob, event.eventId, ada.id), code("forbidden"), "one attendee cannot erase another");
});

test("[RETENTION] the attendee erases their own data from their page; waiting mail to them is dropped; a partner they had withdrawn from gets the hash too", async () => {
  const { event, p2 } = await sharedEvent({ attendeeCount: 1 });
  const me = attendeeFromToken(event.attendees[0]!.personalToken)!;
  decideOnMyPage(me, p2.id, "decline"); // withdrawn before the erasure: p2 saw the contact live, never exported it
  assert.equal(listWithdrawals(OPERATOR, event.eventId, p2.id).length, 1);
  const waiting = () => getDb().select({ n: count() }).from(mailOutbox).where(and(eq(mailOutbox.eventId, event.eventId), eq(mailOutbox.status, "waiting"))).get()!.n;
  const before = waiting();
  assert.ok(before >= 2, "share confirmations wait");
  const counts = eraseAttendee(me, event.eventId, me.attendeeId);
  assert.equal(counts.mail, 2);
  assert.equal(waiting(), before - 2);
  const toThem = getDb().select({ to: mailOutbox.toAddress }).from(mailOutbox).where(eq(mailOutbox.eventId, event.eventId)).all();
  assert.ok(toThem.every((m) => m.to !== event.attendees[0]!.email));
  assert.deepEqual(listWithdrawals(OPERATOR, event.eventId, p2.id), [], "no nameless row on the partner's withdrawal list");
  const p2Suppression = csvLines((await exportPartnerSuppressionCsv(OPERATOR, event.eventId, p2.id)).content);
  assert.deepEqual(p2Suppression.slice(1).map((l) => l.split(",").at(-1)), [emailSha256(event.attendees[0]!.email)]);
});
