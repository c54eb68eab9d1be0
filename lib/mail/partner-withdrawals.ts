// To the partner's contact address: the attendees who withdrew since the last notice, batched
// (the kind waits 30 s for more; the sender polls every 10 s: the partner hears within a
// minute). The same columns as the export's suppression list. Ref: the partner's id.
import { and, eq, gt, max } from "drizzle-orm";
import { getDb } from "@/db/client";
import { attendees, consentEvents, currentConsent, MAIL_SENT, mailOutbox, partners } from "@/db/schema";
import { utc, type MailKind } from "./mail-kind";

export const PARTNER_WITHDRAWALS = "partner_withdrawals";

export const partnerWithdrawals: MailKind = {
  delayMs: 30_000,
  build(row) {
    const db = getDb();
    const partner = db.select({ name: partners.name, contactEmail: partners.contactEmail }).from(partners).where(and(eq(partners.id, row.ref), eq(partners.eventId, row.eventId))).get();
    if (!partner) return { skip: "The partner was deleted." };
    if (!partner.contactEmail) return { fail: "The partner has no contact email: add one in the partner's settings." };
    const last = db
      .select({ mark: max(mailOutbox.ledgerMark) })
      .from(mailOutbox)
      .where(and(eq(mailOutbox.kind, PARTNER_WITHDRAWALS), eq(mailOutbox.ref, row.ref), MAIL_SENT))
      .get();
    const since = db
      .select({ id: consentEvents.id, at: consentEvents.recordedAt, email: attendees.email, standingId: currentConsent.consentId })
      .from(consentEvents)
      .innerJoin(attendees, eq(attendees.id, consentEvents.attendeeId))
      .innerJoin(currentConsent, and(eq(currentConsent.attendeeId, consentEvents.attendeeId), eq(currentConsent.partnerId, consentEvents.partnerId)))
      .where(and(eq(consentEvents.partnerId, row.ref), eq(consentEvents.action, "withdraw"), gt(consentEvents.id, last?.mark ?? 0)))
      .orderBy(consentEvents.id)
      .all();
    // Each attendee once, by their standing withdrawal: one who shared again since has
    // nothing for the partner to act on.
    const standing = since.filter((w) => w.id === w.standingId);
    if (standing.length === 0) return { skip: "No withdrawal left to report (shared again, or already reported)." };
    const n = standing.length;
    return {
      to: partner.contactEmail,
      subject: `${n} ${n === 1 ? "attendee" : "attendees"} withdrew their share with ${partner.name}`,
      ledgerMark: since.at(-1)!.id,
      text: [
        `${n === 1 ? "This attendee has" : "These attendees have"} withdrawn their consent to share their contact details with ${partner.name}.`,
        `Stop using their details for the purpose they shared them for, and add them to your suppression list:`,
        ``,
        ...standing.map((w) => `  ${w.email}  (consent ${w.id}, withdrawn ${utc(w.at)})`),
        ``,
        `Every export from Fairlead lists withdrawals as well (the suppression list).`,
      ].join("\n"),
    };
  },
};
