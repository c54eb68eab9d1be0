// To the attendee, for every share recorded: what was shared with whom, for what, when, and a
// one-tap way back (issue 11 §2: a share they did not make is noticed). Ref: the grant's ledger id.
// It carries the partner's follow-up in the language the attendee read (issue 16 §1), with the
// partner as reply-to, while the share still stands: after a withdrawal it goes without.
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { attendees, consentEvents, consentPartnerWords, partners } from "@/db/schema";
import { attendeePageUrl } from "../attendees/attendee-page-url";
import { unsealPersonalToken } from "../auth/personal-token";
import { currentDecision } from "../consent/current-consent";
import { isLanguage } from "../consent/notice-text";
import { parseWords } from "../consent/recorded-words";
import { eventTimeZone } from "../events/event-time-zone";
import { formatDateTime } from "../i18n/format-date";
import { languageOr } from "../i18n/language";
import { MAIL_COPY, followUpLines } from "../i18n/mail-copy";
import { followUpToSend } from "../partners/follow-up";
import type { MailKind } from "./mail-kind";

export const shareConfirmation: MailKind = {
  delayMs: 0,
  build(row, { publicBase }) {
    // The partner's words as the attendee was shown them, recorded with the share
    // (docs/decisions/022); today's partner row only for a share from before they were recorded.
    const found = getDb()
      .select({
        action: consentEvents.action,
        at: consentEvents.recordedAt,
        attendeeId: consentEvents.attendeeId,
        partnerId: consentEvents.partnerId,
        contactEmail: partners.contactEmail,
        firstName: attendees.firstName,
        email: attendees.email,
        language: attendees.language,
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
    // In the attendee's language (kept with the decision: lib/attendees/attendee-language.ts).
    const language = languageOr(share.language);
    const t = MAIL_COPY[language];
    const stands = currentDecision(share.attendeeId, share.partnerId)?.consentId === row.ref;
    const followUp = stands && shown && isLanguage(shown.language) ? followUpToSend(share.partnerId, shown.language) : null;
    const replyTo = followUp ? (followUp.replyTo ?? share.contactEmail ?? undefined) : undefined;
    return {
      to: share.email,
      subject: t.shareSubject(share.partner),
      text: t
        .shareText({
          ...share,
          when: formatDateTime(share.at, language, { timeZone: eventTimeZone(row.eventId) }),
          receipt: `${page}/receipts/${row.ref}`,
          page,
          followUp: followUpLines(t, share, followUp && { message: followUp.message, links: followUp.links, replyTo: replyTo !== undefined }),
        })
        .join("\n"),
      ...(replyTo && { replyTo }),
    };
  },
};
