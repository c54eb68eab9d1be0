// To the attendee, for every share recorded: what was shared with whom, for what, when, and a
// one-tap way back (issue 11 §2: a share they did not make is noticed). Ref: the grant's ledger id.
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { attendees, consentEvents, consentPartnerWords, partners } from "@/db/schema";
import { attendeePageUrl } from "../attendees/attendee-page-url";
import { unsealPersonalToken } from "../auth/personal-token";
import { parseWords } from "../consent/recorded-words";
import { utc, type MailKind } from "./mail-kind";

export const shareConfirmation: MailKind = {
  delayMs: 0,
  build(row, { publicBase }) {
    // The partner's words as the attendee was shown them, recorded with the share
    // (docs/decisions/022); today's partner row only for a share from before they were recorded.
    const found = getDb()
      .select({
        action: consentEvents.action,
        at: consentEvents.recordedAt,
        firstName: attendees.firstName,
        email: attendees.email,
        personalTokenSha256: attendees.personalTokenSha256,
        personalTokenSealed: attendees.personalTokenSealed,
        erasedAt: attendees.erasedAt,
        partner: partners.name,
        booth: partners.booth,
        purpose: partners.purpose,
        words: consentPartnerWords.words,
      })
      .from(consentEvents)
      .innerJoin(attendees, eq(attendees.id, consentEvents.attendeeId))
      .innerJoin(partners, eq(partners.id, consentEvents.partnerId))
      .leftJoin(consentPartnerWords, eq(consentPartnerWords.sha256, consentEvents.wordsSha256))
      .where(and(eq(consentEvents.id, row.ref), eq(consentEvents.eventId, row.eventId))) // the ref is read within its event only
      .get();
    const shown = found?.words ? parseWords(found.words) : null;
    const share = found && (shown ? { ...found, partner: shown.name, booth: shown.booth, purpose: shown.purpose } : found);
    if (!share) return { skip: "The share is no longer in the ledger (the attendee or partner was deleted)." };
    if (share.erasedAt) return { skip: "The attendee's personal data was erased (docs/decisions/027)." };
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
