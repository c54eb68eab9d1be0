// After a withdrawal, only the attendee can share with that partner again: on their own page,
// or at the booth with the personal code from the back of their badge (issue 11 §2). The badge
// code on the front is shown to every booth, so it proves nothing about who is holding the
// phone; the personal code is given to the attendee alone (docs/decisions/019). The same holds
// after a lapse (the partner changed its words, docs/decisions/023): the share ended without
// the attendee, and only the attendee can give it again.
import type { Db } from "@/db/client";
import { inSavepoint } from "@/db/savepoint";
import type { DeviceActor } from "../auth/actor";
import { attendeeFromToken } from "../auth/attendee";
import type { CurrentDecision } from "../consent/current-consent";
import { AppError } from "../errors";
import { partnerWords } from "../partners/partner-words";
import type { BoothDecision, BoothItem } from "./booth-item";

/** The field a refusal names: the phone asks for the personal code when it sees it. */
export const PERSONAL_CODE_FIELD = "personalCode";

/** The token in what was typed or scanned: the bare code, or the /me/<code> link its QR holds. */
export function personalTokenOf(typedOrScanned: string): string {
  const text = typedOrScanned.trim();
  return /\/me\/([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? text;
}

/**
 * Call inside the item's transaction, after its scan is recorded and before its decision, with
 * the pair's standing decision read in it: refuses a booth share that would restore a withdrawn
 * or lapsed consent without the attendee's code.
 */
export function requireAttendeeForReshare(
  db: Db,
  actor: DeviceActor,
  attendee: { id: number; firstName: string },
  d: BoothDecision,
  standing: CurrentDecision | null,
): void {
  if (d.choice !== "share" || (standing?.action !== "withdraw" && standing?.action !== "lapse")) return;
  const holder = d.personalCode ? attendeeFromToken(personalTokenOf(d.personalCode)) : null;
  if (holder && holder.attendeeId === attendee.id && holder.eventId === actor.eventId) return;
  const partner = partnerWords(db, actor.partnerId).name;
  const message = d.personalCode
    ? `That personal code is not ${attendee.firstName}'s. Nothing was shared. Scan the code on the back of ${attendee.firstName}'s badge, or type it.`
    : `${standing?.action === "lapse" ? `${attendee.firstName}'s earlier share ended when ${partner} changed what it tells attendees` : `${attendee.firstName} withdrew consent for ${partner} earlier`}, so only ${attendee.firstName} can share again: on their own page, or here with the personal code on the back of their badge. Nothing was shared.`;
  throw new AppError("forbidden", message, { [PERSONAL_CODE_FIELD]: message });
}

export const isReshareRefusal = (error: unknown): boolean =>
  error instanceof AppError && error.code === "forbidden" && error.fields?.[PERSONAL_CODE_FIELD] !== undefined;

/**
 * A refused share still leaves the visit: the scan is recorded alone (it may count for the
 * drawing), so the attendee can share later with their code and the item completes it.
 */
export function keepVisit(db: Db, record: (scanOnly: BoothItem) => unknown, item: BoothItem): void {
  try {
    inSavepoint(db, () => record({ ...item, decision: undefined }));
  } catch {
    // The share's refusal is the answer; a visit that cannot be kept adds nothing to it.
  }
}
