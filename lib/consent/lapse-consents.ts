// A change of what a partner tells attendees ends the consents given to the old words
// (issue 11 §3, docs/decisions/023): each standing grant gets a "lapse" row in the ledger, the
// proof that it ended and why, and its attendee a notice with a link to decide again. A lapse
// moves the pair's standing decision like every append, so the partner's lists and exports
// drop the person at once, and one handed over earlier goes on the suppression list.
import { and, count, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { prepared } from "@/db/prepared";
import { consentEvents, currentConsent } from "@/db/schema";
import { wakeMailSender } from "../mail/wake";
import { lapseClientId } from "./lapse-cause";
import { appendToLedger } from "./ledger";

const grantCount = prepared((db) =>
  db
    .select({ n: count() })
    .from(currentConsent)
    .where(and(eq(currentConsent.partnerId, sql.placeholder("partnerId")), eq(currentConsent.action, "grant")))
    .prepare(),
);

const grantCountIn = prepared((db) =>
  db
    .select({ n: count() })
    .from(currentConsent)
    .innerJoin(consentEvents, eq(consentEvents.id, currentConsent.consentId))
    .where(
      and(
        eq(currentConsent.partnerId, sql.placeholder("partnerId")),
        eq(currentConsent.action, "grant"),
        eq(consentEvents.language, sql.placeholder("language")),
      ),
    )
    .prepare(),
);

/**
 * How many of the partner's consents stand as shares now: the ones a change of its words would
 * end; with `language`, only those given in that language (a change of the German purpose).
 */
export function countStandingGrants(partnerId: number, language: string | null = null): number {
  const db = getDb();
  return (language === null ? grantCount(db).get({ partnerId }) : grantCountIn(db).get({ partnerId, language }))?.n ?? 0;
}

/**
 * Ends every standing grant of the partner (given in `language`, when one is named). Call inside the change's IMMEDIATE transaction,
 * after its partner_changes row is written. Returns how many consents lapsed.
 */
export function lapseStandingGrants(change: { id: number; eventId: number; partnerId: number }, now: Date, language: string | null = null): number {
  const db = getDb();
  const grants = db
    .select({ attendeeId: consentEvents.attendeeId, noticeId: consentEvents.noticeId, textSha256: consentEvents.textSha256, language: consentEvents.language, wordsSha256: consentEvents.wordsSha256 })
    .from(currentConsent)
    .innerJoin(consentEvents, eq(consentEvents.id, currentConsent.consentId))
    .where(
      and(
        eq(currentConsent.partnerId, change.partnerId),
        eq(currentConsent.action, "grant"),
        language === null ? undefined : eq(consentEvents.language, language),
      ),
    )
    .orderBy(currentConsent.consentId)
    .all();
  for (const grant of grants) {
    // The lapse carries the notice, text and partner's words the ended grant was given to: what ended.
    appendToLedger({
      eventId: change.eventId,
      attendeeId: grant.attendeeId,
      partnerId: change.partnerId,
      action: "lapse",
      noticeId: grant.noticeId,
      textSha256: grant.textSha256,
      language: grant.language,
      wordsSha256: grant.wordsSha256,
      method: "partner_change",
      deviceId: null,
      scanId: null,
      clientId: lapseClientId(change.id, grant.attendeeId),
      deviceTime: now,
      deviceClaim: null,
      recordedAt: now,
    });
  }
  // Each lapse row is mailed to its attendee by the sender, which reads the ledger (enqueue-ledger-mail.ts).
  if (grants.length > 0) wakeMailSender();
  return grants.length;
}
