// The retention purge: due events only, a dry run that changes nothing, and a run interrupted
// part-way that leaves each attendee fully erased or untouched and is finished by the next run.
import assert from "node:assert/strict";
import { before, test } from "node:test";
import { and, count, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { attendees, auditLog, consentEvents, currentConsent, erasedContacts, leadQualifications } from "@/db/schema";
import { OPERATOR } from "../auth/actor";
import { findStandingDrift } from "../consent/standing-drift";
import { verifyLedger } from "../consent/verify-ledger";
import { AppError } from "../errors";
import { useTestDatabase } from "../test/db";
import { eraseAttendeeRows } from "./erase-attendee-rows";
import { purgeDateOf } from "./purge-date";
import { purgeExpired } from "./purge-expired";
import { sharedEvent } from "./test-helpers";

before(() => useTestDatabase());

// In the past, so the runs that write use the real clock: a ledger row dated before the
// checkpoints already signed would not verify (verify-ledger's checkpoint check).
const LAST_DAY = "2020-03-14";
const DUE = new Date("2020-06-13T00:00:00Z"); // 14 March over at midnight UTC, + 90 days
const n = (q: { get(): { n: number } | undefined }) => q.get()!.n;
const left = (eventId: number) => n(getDb().select({ n: count() }).from(attendees).where(and(eq(attendees.eventId, eventId), isNull(attendees.erasedAt))));
const ledgerRows = (eventId: number) => n(getDb().select({ n: count() }).from(consentEvents).where(eq(consentEvents.eventId, eventId)));
const purgeAudits = (eventId: number) => getDb().select().from(auditLog).where(and(eq(auditLog.eventId, eventId), eq(auditLog.action, "retention.purge"))).all();

test("[RETENTION] the purge date is the retention period after the event's last day (its first day without one)", () => {
  assert.deepEqual(purgeDateOf({ startsOn: "2020-03-12", endsOn: LAST_DAY, retentionDays: 90 }), DUE);
  assert.deepEqual(purgeDateOf({ startsOn: LAST_DAY, endsOn: null, retentionDays: 90 }), DUE);
  assert.equal(purgeDateOf({ startsOn: null, endsOn: null, retentionDays: 90 }), null);
});

test("[RETENTION] only a due event is purged; a dry run counts the same and changes nothing", async () => {
  const { event } = await sharedEvent({ lastDay: LAST_DAY });
  const slug = event.slug;
  const [early] = purgeExpired(OPERATOR, { slug, now: new Date(DUE.getTime() - 1) });
  assert.deepEqual([early!.due, early!.counts.attendees, left(event.eventId)], [false, 0, 4]);

  const rows = ledgerRows(event.eventId);
  const [dry] = purgeExpired(OPERATOR, { slug, now: DUE, dryRun: true });
  assert.deepEqual(dry!.counts, { attendees: 4, lapsed: 4, suppressed: 4, qualifications: 3, mail: 4 });
  assert.deepEqual([left(event.eventId), ledgerRows(event.eventId), purgeAudits(event.eventId).length], [4, rows, 0], "the dry run changed nothing");

  const [run] = purgeExpired(OPERATOR, { slug });
  assert.deepEqual(run!.counts, dry!.counts, "the dry run's counts are the run's");
  assert.equal(left(event.eventId), 0);
  assert.deepEqual(purgeAudits(event.eventId).map((a) => a.details), [{ trigger: "cli", ...run!.counts }]);
  assert.equal(verifyLedger(OPERATOR, event.eventId).problem, null);
  const [again] = purgeExpired(OPERATOR, { slug });
  assert.equal(again!.counts.attendees, 0, "a re-run finds nothing left");
  assert.throws(() => purgeExpired(OPERATOR, { slug: "no-such-event" }), (e) => e instanceof AppError && e.code === "not_found");
});

test("[RETENTION] a purge interrupted after two attendees leaves each fully erased or untouched; the next run finishes it", async () => {
  const { event, p1 } = await sharedEvent({ lastDay: LAST_DAY });
  let calls = 0;
  // The third attendee's erasure fails after doing all its writes: its transaction must undo them all.
  const crashing: typeof eraseAttendeeRows = (...args) => {
    const counts = eraseAttendeeRows(...args);
    if (++calls === 3) throw new Error("power cut");
    return counts;
  };
  assert.throws(() => purgeExpired(OPERATOR, { slug: event.slug, eraseOne: crashing }), /power cut/);
  const [first, second, third, fourth] = event.attendees.map((a) => getDb().select().from(attendees).where(eq(attendees.id, a.id)).get()!);
  assert.ok(first!.erasedAt && second!.erasedAt);
  assert.deepEqual([first!.email, second!.email], ["", ""]);
  for (const [row, original] of [[third!, event.attendees[2]!], [fourth!, event.attendees[3]!]] as const) {
    assert.deepEqual([row.erasedAt, row.email], [null, original.email], "untouched");
  }
  const thirdId = event.attendees[2]!.id;
  assert.equal(n(getDb().select({ n: count() }).from(leadQualifications).where(eq(leadQualifications.attendeeId, thirdId))), 1, "its notes are still there");
  assert.equal(getDb().select({ a: currentConsent.action }).from(currentConsent).where(and(eq(currentConsent.attendeeId, thirdId), eq(currentConsent.partnerId, p1.id))).get()!.a, "grant");
  assert.equal(n(getDb().select({ n: count() }).from(erasedContacts).where(eq(erasedContacts.attendeeId, thirdId))), 0);
  assert.deepEqual(purgeAudits(event.eventId).map((a) => a.details), [{ trigger: "cli", attendees: 2, lapsed: 3, suppressed: 3, qualifications: 2, mail: 3, interrupted: true }]);
  assert.equal(verifyLedger(OPERATOR, event.eventId).problem, null);

  const [resumed] = purgeExpired(OPERATOR, { slug: event.slug });
  assert.deepEqual(resumed!.counts, { attendees: 2, lapsed: 1, suppressed: 1, qualifications: 1, mail: 1 });
  assert.equal(left(event.eventId), 0);
  assert.equal(verifyLedger(OPERATOR, event.eventId).problem, null);
  assert.equal(findStandingDrift(OPERATOR, event.eventId), null);
});
