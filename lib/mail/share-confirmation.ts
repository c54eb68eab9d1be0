// To the attendee, for every share recorded: what was shared with whom, for what, when, and a
// one-tap way back (issue 11 §2: a share they did not make is noticed). Ref: the grant's ledger id.
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { attendees, consentEvents, partners } from "@/db/schema";
import { attendeePageUrl } from "../attendees/attendee-page-url";
import { unsealPersonalToken } from "../auth/personal-token";
import { utc, type MailKind } from "./mail-kind";

export const shareConfirmation: MailKind = {
  delayMs: 0,
  build(row, { publicBase }) {
    // Today's partner row: a share confirmed seconds after it was made. (When decisions record
    // the partner's words as shown, issue 11 §3, read them from the decision instead.)
    const share = getDb()
      .select({
        action: consentEvents.action,
        at: consentEvents.recordedAt,
        firstName: attendees.firstName,
        email: attendees.email,
        personalTokenSha256: attendees.personalTokenSha256,
        personalTokenSealed: attendees.personalTokenSealed,
        partner: partners.name,
        booth: partners.booth,
        purpose: partners.purpose,
      })
      .from(consentEvents)
      .innerJoin(attendees, eq(attendees.id, consentEvents.attendeeId))
      .innerJoin(partners, eq(partners.id, consentEvents.partnerId))
      .where(and(eq(consentEvents.id, row.ref), eq(consentEvents.eventId, row.eventId))) // the ref is read within its event only
      .get();
    if (!share) return { skip: "The share is no longer in the ledger (the attendee or partner was deleted)." };
    if (share.action !== "grant") return { fail: `Ledger row ${row.ref} is not a share.` };
    // The token is kept sealed (docs/decisions/019): opened here, on the server that holds the
    // key, and never written back. A key that does not open it throws: retried, and the reason
    // is on the organizer's Mail page.
    const page = attendeePageUrl(publicBase, { personalToken: unsealPersonalToken(share) });
    return {
      to: share.email,
      subject: `You shared your contact details with ${share.partner}`,
      text: [
        `Hello ${share.firstName},`,
        ``,
        `Your contact details were shared with ${share.partner} (booth ${share.booth}).`,
        ``,
        `  Partner: ${share.partner}`,
        `  Purpose: ${share.purpose}`,
        `  When:    ${utc(share.at)}`,
        ``,
        `Your receipt: ${page}/receipts/${row.ref}`,
        ``,
        `Did you not mean to share, or changed your mind? Withdraw in one tap on your page:`,
        page,
        ``,
        `You get this message because a share was recorded for your badge. If you did not make it, withdraw it on your page.`,
      ].join("\n"),
    };
  },
};
