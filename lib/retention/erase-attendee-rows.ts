// The erasure of one attendee's personal data, the same on request (GDPR Art. 17) and at the end
// of the retention period (docs/decisions/027). Call inside an IMMEDIATE transaction: it appends
// to the ledger. Blanks in place, never deletes the row: the ledger binds the attendee's id
// (pseudonymous once blanked), and its foreign keys and hash chain must keep holding.
import { and, eq, inArray, isNull, max } from "drizzle-orm";
import type { Db } from "@/db/client";
import { attendees, consentEvents, currentConsent, erasedContacts, leadQualificationCurrent, leadQualifications, mailOutbox, type ErasureCause } from "@/db/schema";
import { randomToken, sha256Hex } from "../crypto";
import { appendToLedger } from "../consent/ledger";
import { LAPSE_NOTICE } from "../mail/lapse-notice";
import { eraseWinnerNames } from "../drawing/erase-winner-names";
import { emailSha256 } from "./email-hash";

export type ErasureCounts = { attendees: number; lapsed: number; suppressed: number; qualifications: number; mail: number };
export const NO_ERASURE: ErasureCounts = { attendees: 0, lapsed: 0, suppressed: 0, qualifications: 0, mail: 0 };

/** Unique per ledger: a pair lapses once by erasure (a re-run finds no standing grant anyway). */
const erasureClientId = (attendeeId: number, partnerId: number) => `erasure:attendee:${attendeeId}:partner:${partnerId}`;

/** The mail that goes to the attendee: its ref is one of their ledger rows. */
const ATTENDEE_MAIL = ["share_confirmation", LAPSE_NOTICE];

/** The partners the attendee ever shared with: the ones that had the contact. */
export const partnersShared = (tx: Db, attendeeId: number) =>
  tx.selectDistinct({ p: consentEvents.partnerId }).from(consentEvents).where(and(eq(consentEvents.attendeeId, attendeeId), eq(consentEvents.action, "grant")));

/** Erases one attendee of the event; a second call finds them erased and does nothing. */
export function eraseAttendeeRows(tx: Db, eventId: number, attendeeId: number, cause: ErasureCause, now: Date): ErasureCounts {
  const person = tx
    .select({ email: attendees.email })
    .from(attendees)
    .where(and(eq(attendees.id, attendeeId), eq(attendees.eventId, eventId), isNull(attendees.erasedAt)))
    .get();
  if (!person) return NO_ERASURE;

  // 1. What the partners' booths wrote about the person: ratings, notes, tags, answers (a lapse
  //    below would erase its pair's by trigger, migration 0014; this takes every pair's, first).
  const qualifications = tx.delete(leadQualifications).where(eq(leadQualifications.attendeeId, attendeeId)).returning({ id: leadQualifications.id }).all().length;
  tx.delete(leadQualificationCurrent).where(eq(leadQualificationCurrent.attendeeId, attendeeId)).run();

  // 2. Every standing share ends with a lapse row naming the cause: the partner's lists, API and
  //    exports drop the person at once, and the ledger says why (the rows before stay as they are).
  const grants = tx
    .select({ partnerId: consentEvents.partnerId, noticeId: consentEvents.noticeId, textSha256: consentEvents.textSha256, language: consentEvents.language, wordsSha256: consentEvents.wordsSha256 })
    .from(currentConsent)
    .innerJoin(consentEvents, eq(consentEvents.id, currentConsent.consentId))
    .where(and(eq(currentConsent.attendeeId, attendeeId), eq(currentConsent.action, "grant")))
    .orderBy(currentConsent.partnerId)
    .all();
  for (const g of grants) {
    appendToLedger({
      eventId, attendeeId, partnerId: g.partnerId, action: "lapse", noticeId: g.noticeId, textSha256: g.textSha256, language: g.language,
      wordsSha256: g.wordsSha256, method: cause === "request" ? "erasure" : "retention", deviceId: null, scanId: null,
      clientId: erasureClientId(attendeeId, g.partnerId), deviceTime: now, deviceClaim: null, recordedAt: now,
    });
  }

  // 3. Every partner that ever had the contact (a share in the ledger: it saw it live, and may
  //    have exported it) gets a suppression entry with the email's hash, never the address.
  const had = tx
    .select({ partnerId: consentEvents.partnerId, lastRow: max(consentEvents.id) })
    .from(consentEvents)
    .where(and(eq(consentEvents.attendeeId, attendeeId), eq(consentEvents.eventId, eventId), inArray(consentEvents.partnerId, partnersShared(tx, attendeeId))))
    .groupBy(consentEvents.partnerId)
    .all();
  const hash = emailSha256(person.email);
  for (const h of had) {
    tx.insert(erasedContacts)
      .values({ eventId, partnerId: h.partnerId, attendeeId, emailSha256: hash, consentId: h.lastRow!, cause, erasedAt: now })
      .onConflictDoNothing()
      .run();
  }

  // 4. Mail to the person: what waits is dropped; what went keeps its record, not the address.
  const theirRows = tx.select({ id: consentEvents.id }).from(consentEvents).where(eq(consentEvents.attendeeId, attendeeId));
  const theirMail = and(eq(mailOutbox.eventId, eventId), inArray(mailOutbox.kind, ATTENDEE_MAIL), inArray(mailOutbox.ref, theirRows));
  const dropped = tx
    .update(mailOutbox)
    .set({ status: "skipped", lastError: "The attendee's personal data was erased." })
    .where(and(theirMail, eq(mailOutbox.status, "waiting")))
    .returning({ id: mailOutbox.id })
    .all().length;
  tx.update(mailOutbox).set({ toAddress: null }).where(theirMail).run();

  // 5. A drawing's published winners name them no more (the entry and its leaf stay: it verifies).
  eraseWinnerNames(tx, attendeeId);

  // 6. The row itself: contact fields blank, personal links dead. The page token's hash becomes
  //    the hash of a token nobody holds, and the badge code one no badge carries.
  tx.update(attendees)
    .set({
      firstName: "", lastName: "", email: "", phone: null, company: null, jobTitle: null, country: null, companySize: null, industry: null,
      externalId: null, badgeCode: `erased-${randomToken(12)}`, personalTokenSha256: sha256Hex(randomToken()), personalTokenSealed: null, erasedAt: now,
    })
    .where(eq(attendees.id, attendeeId))
    .run();

  return { attendees: 1, lapsed: grants.length, suppressed: had.length, qualifications, mail: dropped };
}
