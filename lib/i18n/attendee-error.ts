// A refusal as the attendee reads it: the server's English as it is on English screens; on
// other screens the known refusals in that language (matched on the server's own wording, which
// attendee-error.test.ts holds to the real messages), else a plain sentence for the error code.
// The English message stays in the server's logs and on the organizer's screens.
import type { Language } from "@/lib/consent/notice-text";
import type { ErrorCode } from "@/lib/errors";
import { ATTENDEE_ERROR_COPY } from "./attendee-error-copy";

type Refusal = { code: ErrorCode; error: string };

export function attendeeError(refusal: Refusal, language: Language): string {
  if (language === "en") return refusal.error;
  return attendeeMessage(refusal.error, language) ?? ATTENDEE_ERROR_COPY[language].byCode[refusal.code];
}

/** A server message (a refusal or a field's message) in `language`, if it is one of the known ones. */
export function attendeeMessage(message: string, language: Language): string | null {
  const t = ATTENDEE_ERROR_COPY[language];
  if (language === "en") return message;
  let m = /^That personal code is not (.+?)'s\. Nothing was shared\./.exec(message);
  if (m) return t.wrongCode(m[1]!);
  m = /^(.+?)'s earlier share ended when (.+?) changed what it tells attendees, so only /.exec(message);
  if (m) return t.afterLapse(m[1]!, m[2]!);
  m = /^(.+?) withdrew consent for (.+?) earlier, so only /.exec(message);
  if (m) return t.afterWithdrawal(m[1]!, m[2]!);
  if (/^The notice (changed|this phone showed)|^The phone reported notice version/.test(message)) return t.noticeChanged;
  if (/^A decision was already recorded|^This form was already used|^This scan was already synced/.test(message)) return t.alreadyDecided;
  return null;
}
