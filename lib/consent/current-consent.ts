// Current consent is derived from the ledger: for each attendee and partner, the decision the
// server received last stands (docs/decisions/018: no phone's clock orders anything).
// No ledger row is ever updated. Reads go through current_consent, the projection each ledger
// append moves in its own transaction (ledger.ts); standing-drift.ts checks it against this order.
import { and, count, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { prepared } from "@/db/prepared";
import { attendees, currentConsent, partners, type ConsentAction } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { confinedToPartner, requireEventAccess, requirePartnerAccess } from "../auth/access";

/** `ce` is the current decision of its (partner, attendee) pair, derived from the ledger alone
 * (one lookup in consent_events_pair per row: for checks, not for hot paths). */
export const IS_LATEST = `ce.id = (select max(c2.id) from consent_events c2
  where c2.partner_id = ce.partner_id and c2.attendee_id = ce.attendee_id)`;

/** `at`: when the server received the standing decision. */
export type CurrentDecision = { consentId: number; action: ConsentAction; at: Date };

const standing = prepared((db) =>
  db
    .select({ consentId: currentConsent.consentId, action: currentConsent.action, at: currentConsent.recordedAt })
    .from(currentConsent)
    .where(and(eq(currentConsent.partnerId, sql.placeholder("partnerId")), eq(currentConsent.attendeeId, sql.placeholder("attendeeId"))))
    .prepare(),
);

/** The pair's current decision, or null if the attendee never decided for this partner. */
export function currentDecision(attendeeId: number, partnerId: number): CurrentDecision | null {
  return standing(getDb()).get({ partnerId, attendeeId }) ?? null;
}

const leads = prepared((db) =>
  db
    .select({
      consentId: currentConsent.consentId,
      consentAt: currentConsent.recordedAt,
      noticeId: currentConsent.noticeId,
      attendeeId: attendees.id,
      firstName: attendees.firstName,
      lastName: attendees.lastName,
      email: attendees.email,
      phone: attendees.phone,
      company: attendees.company,
      jobTitle: attendees.jobTitle,
      country: attendees.country,
    })
    .from(currentConsent)
    .innerJoin(attendees, eq(attendees.id, currentConsent.attendeeId))
    .where(and(eq(currentConsent.partnerId, sql.placeholder("partnerId")), eq(currentConsent.action, "grant")))
    .orderBy(desc(currentConsent.consentId))
    .prepare(),
);

export type Lead = {
  consentId: number;
  consentAt: Date;
  noticeId: number;
  attendeeId: number;
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  company: string | null;
  jobTitle: string | null;
  country: string | null;
};

/** The partner's current leads, newest consent first. */
export function listLeads(actor: Actor, eventId: number, partnerId: number): Lead[] {
  requirePartnerAccess(actor, eventId, partnerId);
  return leads(getDb()).all({ partnerId });
}

/** Number of current leads per partner of an event. */
export function currentLeadCounts(actor: Actor, eventId: number): Map<number, number> {
  requireEventAccess(actor, eventId);
  const own = confinedToPartner(actor); // a phone or a partner's team counts its own partner's only
  const rows = getDb()
    .select({ partnerId: currentConsent.partnerId, leads: count() })
    .from(currentConsent)
    .innerJoin(partners, eq(partners.id, currentConsent.partnerId))
    .where(and(eq(partners.eventId, eventId), eq(currentConsent.action, "grant"), own ? eq(partners.id, own.partnerId) : undefined))
    .groupBy(currentConsent.partnerId)
    .all();
  return new Map(rows.map((r) => [r.partnerId, r.leads]));
}
