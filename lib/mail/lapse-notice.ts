// To the attendee whose share ended because the partner changed what it tells attendees
// (issue 11 §3, docs/decisions/023): which partner, the words before and after, that the
// partner will not receive their details, and their own page to decide again.
// Ref: the lapse's ledger id; the words come from the change the lapse names.
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { attendees, consentEvents, partnerChanges, type ChangedWords } from "@/db/schema";
import { attendeePageUrl } from "../attendees/attendee-page-url";
import { unsealPersonalToken } from "../auth/personal-token";
import { changeIdOfLapse } from "../consent/lapse-cause";
import { eventTimeZone } from "../events/event-time-zone";
import { formatDateTime } from "../i18n/format-date";
import { languageOr, type Language } from "../i18n/language";
import { MAIL_COPY } from "../i18n/mail-copy";
import type { MailKind } from "./mail-kind";

export const LAPSE_NOTICE = "lapse_notice";

/** Each word that changed, before and after. */
export function changedLines(before: ChangedWords, after: ChangedWords, language: Language = "en"): string[] {
  const t = MAIL_COPY[language];
  const pad = " ".repeat(Math.max(0, t.before.length - t.now.length));
  return (Object.keys(t.labels) as (keyof ChangedWords)[])
    .filter((k) => (before[k] ?? "") !== (after[k] ?? ""))
    .flatMap((k) => [`  ${t.labels[k]}, ${t.before}: ${before[k] || "—"}`, `  ${t.labels[k]}, ${t.now}:${pad} ${after[k] || "—"}`]);
}

export const lapseNotice: MailKind = {
  delayMs: 0,
  build(row, { publicBase }) {
    const db = getDb();
    const lapse = db
      .select({
        action: consentEvents.action,
        clientId: consentEvents.clientId,
        partnerId: consentEvents.partnerId,
        at: consentEvents.recordedAt,
        firstName: attendees.firstName,
        email: attendees.email,
        language: attendees.language,
        personalTokenSha256: attendees.personalTokenSha256,
        personalTokenSealed: attendees.personalTokenSealed,
        erasedAt: attendees.erasedAt,
      })
      .from(consentEvents)
      .innerJoin(attendees, eq(attendees.id, consentEvents.attendeeId))
      .where(and(eq(consentEvents.id, row.ref), eq(consentEvents.eventId, row.eventId))) // the ref is read within its event only
      .get();
    if (!lapse) return { skip: "The lapse is no longer in the ledger (the attendee was deleted)." };
    if (lapse.erasedAt) return { skip: "The attendee's personal data was erased (docs/decisions/027)." };
    const changeId = lapse.action === "lapse" ? changeIdOfLapse(lapse.clientId) : null;
    const change =
      changeId === null
        ? undefined
        : db
            .select({ before: partnerChanges.before, after: partnerChanges.after })
            .from(partnerChanges)
            .where(and(eq(partnerChanges.id, changeId), eq(partnerChanges.partnerId, lapse.partnerId)))
            .get();
    if (!change) return { fail: `Ledger row ${row.ref} is not a lapse caused by a partner change.` };
    // Sealed token, opened here only (docs/decisions/019), as for the share confirmation.
    const page = attendeePageUrl(publicBase, { personalToken: unsealPersonalToken(lapse) });
    const { before, after } = change;
    const language = languageOr(lapse.language);
    const t = MAIL_COPY[language];
    const renamed = before.name !== after.name ? t.renamed(before.name, after.name) : after.name;
    return {
      to: lapse.email,
      subject: t.lapseSubject(after.name),
      text: t
        .lapseText({ firstName: lapse.firstName, renamed, partner: after.name, changed: changedLines(before, after, language), when: formatDateTime(lapse.at, language, { timeZone: eventTimeZone(row.eventId) }), page })
        .join("\n"),
    };
  },
};
