// The rows of one partner's export files, read from an export's snapshot (read-snapshot.ts).
// Callers have already checked the actor's access to the partner: every query here is scoped
// by that partner id (a partner belongs to exactly one event), or by the event for the list.
//
// Query plan (docs/decisions/012): the partner's standing decisions by the primary key of
// current_consent, then per lead the attendee by rowid and its visits by the primary key of
// partner_visits, and its rating and notes by the primary key of lead_qualification_current;
// notices and devices are a handful of cached pages. No ledger lookups.
import { HANDED_OVER, LEDGER_MARK_SQL } from "../consent/handed-over";
import { CURRENT_QUALIFICATION_COLUMNS, CURRENT_QUALIFICATION_JOIN } from "../leads/qualification-sql";
import type { ExportLead, SuppressionRow } from "./columns";
import type { ReadSnapshot } from "./read-snapshot";

const LEADS_SQL = `
  select cc.consent_id as consentId, cc.occurred_at as consentAt, n.version as noticeVersion, cc.language as noticeLanguage,
         a.id as attendeeId, a.first_name as firstName, a.last_name as lastName, a.email as email, a.phone as phone,
         a.company as company, a.job_title as jobTitle, a.country as country,
         v.first_at as firstVisit, v.last_at as lastVisit, coalesce(vd.name, cd.name) as device,
         ${CURRENT_QUALIFICATION_COLUMNS}
  from current_consent cc
  join attendees a on a.id = cc.attendee_id
  join consent_notices n on n.id = cc.notice_id
  left join partner_visits v on v.partner_id = cc.partner_id and v.attendee_id = cc.attendee_id
  left join devices vd on vd.id = v.last_device_id
  left join devices cd on cd.id = cc.device_id
  ${CURRENT_QUALIFICATION_JOIN}
  where cc.partner_id = ? and cc.action = 'grant'
  order by cc.consent_id desc`;

// The same leads with only the numbers and short texts of each row: the attendee's contact cells,
// device names and notice versions come from the export's caches (lead-cells.ts). Same filter,
// same order; a lead whose attendee or notice is missing is dropped where it is written, as the
// inner joins above drop it.
const LEAD_KEYS_SQL = `
  select cc.attendee_id, cc.consent_id, cc.occurred_at, cc.notice_id, cc.language, cc.device_id,
         v.first_at, v.last_at, v.last_device_id, ${CURRENT_QUALIFICATION_COLUMNS}
  from current_consent cc
  left join partner_visits v on v.partner_id = cc.partner_id and v.attendee_id = cc.attendee_id
  ${CURRENT_QUALIFICATION_JOIN}
  where cc.partner_id = ? and cc.action = 'grant'
  order by cc.consent_id desc`;

export type LeadKeys = [
  attendeeId: number,
  consentId: number,
  consentAt: number,
  noticeId: number,
  language: string,
  consentDeviceId: number | null,
  firstVisit: number | null,
  lastVisit: number | null,
  lastDeviceId: number | null,
  rating: string | null,
  notes: string | null,
];

const SUPPRESSION_SQL = `
  select cc.consent_id as consentId, a.email as email, cc.occurred_at as withdrawnAt
  from current_consent cc join attendees a on a.id = cc.attendee_id
  where cc.partner_id = ? and cc.action = 'withdraw' and ${HANDED_OVER}
  order by cc.occurred_at, cc.consent_id`;

/** The partner's current leads, newest consent first, with its visits of each. */
export function readLeads(snapshot: ReadSnapshot, partnerId: number): Generator<ExportLead> {
  return snapshot.iterate<ExportLead>(LEADS_SQL, partnerId);
}

/**
 * The partner's current leads as readLeads has them, but as arrays of numbers and short texts,
 * all at once: about 150 bytes a lead (the file's rows are several times that), which SQLite's
 * sort for the ORDER BY holds anyway, and one call is about half a microsecond a row cheaper
 * than stepping an iterator.
 */
export function readLeadKeys(snapshot: ReadSnapshot, partnerId: number): LeadKeys[] {
  return snapshot.allRaw<LeadKeys>(LEAD_KEYS_SQL, partnerId);
}

/** Withdrawn contacts that an earlier leads export of this partner handed over, oldest withdrawal first. */
export function readSuppressions(snapshot: ReadSnapshot, partnerId: number): Generator<SuppressionRow> {
  return snapshot.iterate<SuppressionRow>(SUPPRESSION_SQL, partnerId);
}

/** The snapshot's ledger mark: a leads file of this snapshot handed over the grants standing at it. */
export function readLedgerMark(snapshot: ReadSnapshot): number {
  return snapshot.all<{ mark: number }>(LEDGER_MARK_SQL)[0]!.mark;
}

export type ExportPartner = { id: number; name: string };

/** Every partner of the event, in a stable order (the ZIP's order). */
export function readPartners(snapshot: ReadSnapshot, eventId: number): ExportPartner[] {
  return snapshot.all<ExportPartner>("select id, name from partners where event_id = ? order by id", eventId);
}

export const READ_SQL_FOR_PLANS = { LEADS_SQL, LEAD_KEYS_SQL, SUPPRESSION_SQL };
