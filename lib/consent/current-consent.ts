// Current consent is derived from the ledger: for each attendee and partner, the decision that
// happened last wins, and a withdrawal wins a tie (the order is by the time of the decision,
// because an offline booth phone may deliver an older decision after a newer withdrawal).
// Nothing is updated in place.
import { getDb } from "@/db/client";
import type { Actor } from "../auth/actor";
import { requireEventAccess, requirePartnerAccess } from "../auth/access";

/** The order in which a pair's decisions supersede each other: the first row is current. */
export const latestFirst = (t: string) => `${t}.occurred_at desc, (${t}.action = 'withdraw') desc, ${t}.id desc`;

/** `ce` is the current decision of its (partner, attendee) pair; uses consent_events_pair. */
export const IS_LATEST = `ce.id = (select c2.id from consent_events c2
  where c2.partner_id = ce.partner_id and c2.attendee_id = ce.attendee_id order by ${latestFirst("c2")} limit 1)`;

export type CurrentDecision = { consentId: number; action: "grant" | "decline" | "withdraw"; at: Date };

/** The pair's current decision, or null if the attendee never decided for this partner. */
export function currentDecision(attendeeId: number, partnerId: number): CurrentDecision | null {
  const row = getDb()
    .$client.prepare(
      `select ce.id as consentId, ce.action, ce.occurred_at as at from consent_events ce
       where ce.partner_id = ? and ce.attendee_id = ? order by ${latestFirst("ce")} limit 1`,
    )
    .get(partnerId, attendeeId) as { consentId: number; action: CurrentDecision["action"]; at: number } | undefined;
  return row ? { ...row, at: new Date(row.at) } : null;
}

const LEADS_SQL = `
  select ce.id as consentId, ce.occurred_at as consentAt, ce.notice_id as noticeId, a.id as attendeeId,
         a.first_name as firstName, a.last_name as lastName, a.email as email, a.phone as phone,
         a.company as company, a.job_title as jobTitle, a.country as country
  from consent_events ce join attendees a on a.id = ce.attendee_id
  where ce.partner_id = ? and ce.action = 'grant' and ${IS_LATEST}
  order by ce.id desc`;

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
      `select ce.partner_id as partnerId, count(*) as leads from consent_events ce
       where ce.event_id = ? and ce.action = 'grant' and ${IS_LATEST} group by ce.partner_id`,
    )
    .all(eventId) as { partnerId: number; leads: number }[];
  return new Map(rows.map((r) => [r.partnerId, r.leads]));
}
