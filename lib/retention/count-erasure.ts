// What erasing one attendee would do, read without writing: the counts a purge's --dry-run
// prints. The same queries' conditions as erase-attendee-rows.ts, as counts.
import { and, count, countDistinct, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { attendees, consentEvents, currentConsent, leadQualifications, mailOutbox } from "@/db/schema";
import { LAPSE_NOTICE } from "../mail/lapse-notice";
import { NO_ERASURE, type ErasureCounts } from "./erase-attendee-rows";

export function countErasure(db: Db, eventId: number, attendeeId: number): ErasureCounts {
  const person = db.select({ id: attendees.id }).from(attendees).where(and(eq(attendees.id, attendeeId), eq(attendees.eventId, eventId), isNull(attendees.erasedAt))).get();
  if (!person) return NO_ERASURE;
  const n = (q: { get(): { n: number } | undefined }) => q.get()?.n ?? 0;
  const theirRows = db.select({ id: consentEvents.id }).from(consentEvents).where(eq(consentEvents.attendeeId, attendeeId));
  return {
    attendees: 1,
    lapsed: n(db.select({ n: count() }).from(currentConsent).where(and(eq(currentConsent.attendeeId, attendeeId), eq(currentConsent.action, "grant")))),
    suppressed: n(db.select({ n: countDistinct(consentEvents.partnerId) }).from(consentEvents).where(and(eq(consentEvents.attendeeId, attendeeId), eq(consentEvents.action, "grant")))),
    qualifications: n(db.select({ n: count() }).from(leadQualifications).where(eq(leadQualifications.attendeeId, attendeeId))),
    mail: n(
      db
        .select({ n: count() })
        .from(mailOutbox)
        .where(and(eq(mailOutbox.eventId, eventId), inArray(mailOutbox.kind, ["share_confirmation", LAPSE_NOTICE]), inArray(mailOutbox.ref, theirRows), eq(mailOutbox.status, "waiting"))),
    ),
  };
}

export function addCounts(a: ErasureCounts, b: ErasureCounts): ErasureCounts {
  return { attendees: a.attendees + b.attendees, lapsed: a.lapsed + b.lapsed, suppressed: a.suppressed + b.suppressed, qualifications: a.qualifications + b.qualifications, mail: a.mail + b.mail };
}
