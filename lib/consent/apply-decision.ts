// One attendee decision for one partner, from the booth or from the attendee's own page.
// "Share" grants; "Don't share" declines, or withdraws an earlier grant. A decision that does
// not change the standing one adds nothing to the ledger. The ledger's order is the order the
// server received decisions in (docs/decisions/018): an appended row is the pair's newest, and
// stands.
import { rememberLanguage } from "../attendees/attendee-language";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { prepared } from "@/db/prepared";
import { consentEvents, consentPartnerWords, consentTexts, type ConsentAction } from "@/db/schema";
import type { PartnerWords } from "../partners/partner-words";
import { currentDecision, type CurrentDecision } from "./current-consent";
import { appendToLedger } from "./ledger";
import { wakeMailSender } from "../mail/wake";
import type { RenderedNotice } from "./notice";
import { wordsAsShown } from "./recorded-words";

export type Choice = "share" | "decline";
/** "lapse" is never the result of a choice: a partner change records it (lapse-consents.ts). */
export type Action = ConsentAction;
/** `changed`: this decision became the standing one; if not, `action` is the standing decision. */
export type Decision = { consentId: number; action: Action; changed: boolean };

/** What a standing decision amounts to: only a grant shares (a lapsed share does not). */
export const choiceOf = (action: Action): Choice => (action === "grant" ? "share" : "decline");

type Applied = {
  eventId: number;
  attendeeId: number;
  partnerId: number;
  choice: Choice;
  notice: RenderedNotice;
  /** The partner's words the notice was rendered from: recorded with the decision (docs/decisions/022). */
  partner: PartnerWords;
  method: "booth_device" | "personal_page";
  deviceId: number | null;
  scanId: string | null;
  clientId: string | null;
  /** The device's time of the decision, already clamped (lib/booth/clamp-device-time.ts); the server's on the attendee's page. */
  deviceTime: Date;
  /** The device's raw claim when it was clamped, else null. */
  deviceClaim: Date | null;
  recordedAt: Date;
  /** The pair's standing decision, when the caller already read it in this transaction (the booth's reshare rule did). */
  standing?: CurrentDecision | null;
};

const keepText = prepared((db) =>
  db.insert(consentTexts).values({ sha256: sql.placeholder("sha256"), text: sql.placeholder("text") }).onConflictDoNothing().prepare(),
);

// Every decision: no "kept recently" shortcut, since a booth item's savepoint that rolls back
// takes the row with it, and a cache would then name words that are not there.
const keepWords = prepared((db) =>
  db.insert(consentPartnerWords).values({ sha256: sql.placeholder("sha256"), words: sql.placeholder("json") }).onConflictDoNothing().prepare(),
);

const standingRow = prepared((db) =>
  db.select({ method: consentEvents.method }).from(consentEvents).where(eq(consentEvents.id, sql.placeholder("id"))).prepare(),
);

/**
 * A booth decision tapped before the attendee's own page decided (an offline phone syncing
 * late) gives way to it: the attendee decided since, where no phone is involved. The device's
 * time can only make its own decision give way (it is at most the receipt), never outrank one.
 */
function tappedBeforePageDecision(d: Applied, current: CurrentDecision): boolean {
  if (d.method !== "booth_device" || d.deviceTime.getTime() > current.at.getTime()) return false;
  return standingRow(getDb()).get({ id: current.consentId })?.method === "personal_page";
}

/** Call inside an IMMEDIATE transaction (the ledger's head is read, then appended to). */
export function applyDecision(d: Applied): Decision {
  // The language the attendee read the notice in is their choice for the next screens and emails.
  rememberLanguage(d.attendeeId, d.notice.language);
  const current = d.standing !== undefined ? d.standing : currentDecision(d.attendeeId, d.partnerId);
  // After a lapse either choice is new: the attendee decides again, under the partner's new words.
  const decidesAgain = current?.action === "lapse";
  if (current && !decidesAgain && (choiceOf(current.action) === d.choice || tappedBeforePageDecision(d, current))) {
    return { consentId: current.consentId, action: current.action, changed: false };
  }
  const action: Action = d.choice === "share" ? "grant" : current?.action === "grant" ? "withdraw" : "decline";
  keepText(getDb()).run({ sha256: d.notice.sha256, text: d.notice.text });
  const words = wordsAsShown(d.partner, d.notice.language);
  keepWords(getDb()).run(words);
  const { id } = appendToLedger({
    eventId: d.eventId,
    attendeeId: d.attendeeId,
    partnerId: d.partnerId,
    action,
    noticeId: d.notice.noticeId,
    textSha256: d.notice.sha256,
    wordsSha256: words.sha256,
    language: d.notice.language,
    method: d.method,
    deviceId: d.deviceId,
    scanId: d.scanId,
    clientId: d.clientId,
    deviceTime: d.deviceTime,
    deviceClaim: d.deviceClaim,
    recordedAt: d.recordedAt,
  });
  // The mail this row causes is read from the ledger by the sender (lib/mail/enqueue-ledger-mail.ts):
  // woken here, it runs after this transaction commits; on a thread with no sender (the sync
  // writer thread) nothing happens and the server's sender finds the row at its next poll.
  wakeMailSender();
  return { consentId: id, action, changed: true };
}
