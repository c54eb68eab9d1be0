// Current consent is derived from the ledger: for each attendee and partner, the decision that
// happened last wins, and a withdrawal wins a tie (the order is by the time of the decision,
// because an offline booth phone may deliver an older decision after a newer withdrawal).
// No ledger row is ever updated. Reads go through current_consent, the projection each ledger
// append moves in its own transaction (ledger.ts); standing-drift.ts checks it against this order.
import { getDb } from "@/db/client";
import type { Actor } from "../auth/actor";
import { requireEventAccess, requirePartnerAccess } from "../auth/access";
import { latestFirst } from "./ledger-order";

/** `ce` is the current decision of its (partner, attendee) pair, derived from the ledger alone
 * (one lookup in consent_events_pair per row: for checks, not for hot paths). */
export const IS_LATEST = `ce.id = (select c2.id from consent_events c2
  where c2.partner_id = ce.partner_id and c2.attendee_id = ce.attendee_id order by ${latestFirst("c2")} limit 1)`;

export type CurrentDecision = { consentId: number; action: "grant" | "decline" | "withdraw"; at: Date };

/** The pair's current decision, or null if the attendee never decided for this partner. */
export function currentDecision(attendeeId: number, partnerId: number): CurrentDecision | null {
  const row = getDb()
    .$client.prepare(
      `select consent_id as consentId, action, occurred_at as at from current_consent where partner_id = ? and attendee_id = ?`,
    )
    .get(partnerId, attendeeId) as { consentId: number; action: CurrentDecision["action"]; at: number } | undefined;
  return row ? { ...row, at: new Date(row.at) } : null;
}

const LEADS_SQL = `
  select cc.consent_id as consentId, cc.occurred_at as consentAt, cc.notice_id as noticeId, a.id as attendeeId,
         a.first_name as firstName, a.last_name as lastName, a.email as email, a.phone as phone,
         a.company as company, a.job_title as jobTitle, a.country as country
  from current_consent cc join attendees a on a.id = cc.attendee_id
  where cc.partner_id = ? and cc.action = 'grant'
  order by cc.consent_id desc`;

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

type LeadRow = Omit<Lead, "consentAt"> & { consentAt: number };

const toLead = (row: LeadRow): Lead => ({ ...row, consentAt: new Date(row.consentAt) });

/** The partner's current leads, newest consent first. */
export function listLeads(actor: Actor, eventId: number, partnerId: number): Lead[] {
  requirePartnerAccess(actor, eventId, partnerId);
  return (getDb().$client.prepare(LEADS_SQL).all(partnerId) as LeadRow[]).map(toLead);
}

/** The same leads one at a time, for exports that must not hold them all in memory. */
export function* iterateLeads(actor: Actor, eventId: number, partnerId: number): Generator<Lead> {
  requirePartnerAccess(actor, eventId, partnerId);
  for (const row of getDb().$client.prepare(LEADS_SQL).iterate(partnerId) as Iterable<LeadRow>) yield toLead(row);
}

/** Number of current leads per partner of an event. */
export function currentLeadCounts(actor: Actor, eventId: number): Map<number, number> {
  requireEventAccess(actor, eventId);
  const rows = getDb()
    .$client.prepare(
      `select cc.partner_id as partnerId, count(*) as leads from current_consent cc
       join partners p on p.id = cc.partner_id
       where p.event_id = ? and cc.action = 'grant' group by cc.partner_id`,
    )
    .all(eventId) as { partnerId: number; leads: number }[];
  return new Map(rows.map((r) => [r.partnerId, r.leads]));
}
