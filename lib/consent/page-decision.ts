// The attendee's own page: withdraw in one tap, or share again, for a partner they met.
// Effective at once: the partner's lists, receipts and every later export derive from the ledger.
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { consentEvents, scans } from "@/db/schema";
import type { AttendeeActor } from "../auth/actor";
import { AppError, notFound, parseInput } from "../errors";
import { ClientId, Id } from "../fields";
import { partnerWords } from "../partners/partner-words";
import { applyDecision, choiceOf, type Decision } from "./apply-decision";
import { currentDecision } from "./current-consent";
import { currentNoticeFor } from "./notice";

export const PageDecisionInput = z.object({
  partnerId: Id,
  choice: z.enum(["share", "decline"], { message: "Choose Share or Withdraw." }),
  // Made when the page was drawn: submitting the same form twice records once.
  clientId: ClientId,
  noticeId: Id,
  noticeSha256: z.string().regex(/^[0-9a-f]{64}$/),
  language: z.string().min(2).max(10),
});

export function decideOnPage(actor: AttendeeActor, input: unknown, now = new Date()): Decision {
  const data = parseInput(PageDecisionInput, input);
  const db = getDb();
  return db.transaction(
    (tx) => {
      const earlier = tx
        .select({ id: consentEvents.id, action: consentEvents.action, partnerId: consentEvents.partnerId, attendeeId: consentEvents.attendeeId })
        .from(consentEvents)
        .where(eq(consentEvents.clientId, data.clientId))
        .get();
      if (earlier) {
        if (earlier.attendeeId !== actor.attendeeId || earlier.partnerId !== data.partnerId || choiceOf(earlier.action) !== data.choice) {
          throw new AppError("conflict", "This form was already used for another decision. Reload the page and try again.");
        }
        // The same form again: its decision changed the standing one if it still is the standing one.
        const standing = currentDecision(actor.attendeeId, data.partnerId);
        if (standing && standing.consentId !== earlier.id) return { consentId: standing.consentId, action: standing.action, changed: false };
        return { consentId: earlier.id, action: earlier.action, changed: true };
      }
      // Only partners whose booth the attendee visited are on the page.
      const met = tx
        .select({ id: scans.id })
        .from(scans)
        .where(and(eq(scans.attendeeId, actor.attendeeId), eq(scans.partnerId, data.partnerId), eq(scans.eventId, actor.eventId)))
        .get();
      if (!met) throw notFound("The partner");
      const partner = partnerWords(db, data.partnerId);
      const notice = currentNoticeFor(actor.eventId, partner, data.language);
      if (notice.noticeId !== data.noticeId || notice.sha256 !== data.noticeSha256) {
        throw new AppError("conflict", "The notice changed since this page was opened. Please reload it and decide again.");
      }
      return applyDecision({
        eventId: actor.eventId,
        attendeeId: actor.attendeeId,
        partnerId: data.partnerId,
        choice: data.choice,
        notice,
        partner,
        method: "personal_page",
        deviceId: null,
        scanId: null,
        clientId: data.clientId,
        // The attendee's page has no device clock in the ledger: its time is the server's.
        deviceTime: now,
        deviceClaim: null,
        recordedAt: now,
      });
    },
    { behavior: "immediate" },
  );
}
