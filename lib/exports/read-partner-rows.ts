// The rows of one partner's export files, read from an export's snapshot (read-snapshot.ts).
// Callers have already checked the actor's access to the partner: every query here is scoped
// by that partner id (a partner belongs to exactly one event), or by the event for the list.
//
// Query plan (EXPLAIN QUERY PLAN, docs/decisions/008-streaming-exports.md): the partner's
// decisions through consent_events_pair, the standing one per pair by IS_LATEST, the attendee
// by primary key, and the visits by three lookups in scans_partner_attendee. Not filtering on
// ce.event_id is deliberate: with it SQLite prefers consent_events_event (whole event, ordered
// by id) and reads every decision of the event once per partner.
import { IS_LATEST } from "../consent/current-consent";
import type { ExportLead, SuppressionRow } from "./columns";
import type { ReadSnapshot } from "./read-snapshot";

const SAME_PAIR = "s.partner_id = ce.partner_id and s.attendee_id = ce.attendee_id";

const LEADS_SQL = `
  select ce.id as consentId, ce.occurred_at as consentAt, n.version as noticeVersion, ce.language as noticeLanguage,
         a.id as attendeeId, a.first_name as firstName, a.last_name as lastName, a.email as email, a.phone as phone,
         a.company as company, a.job_title as jobTitle, a.country as country,
         (select min(s.scanned_at) from scans s where ${SAME_PAIR}) as firstVisit,
         (select max(s.scanned_at) from scans s where ${SAME_PAIR}) as lastVisit,
         coalesce((select d.name from scans s join devices d on d.id = s.device_id where ${SAME_PAIR}
                   order by s.scanned_at desc, s.rowid desc limit 1), cd.name) as device
  from consent_events ce
  join attendees a on a.id = ce.attendee_id
  join consent_notices n on n.id = ce.notice_id
  left join devices cd on cd.id = ce.device_id
  where ce.partner_id = ? and ce.action = 'grant' and ${IS_LATEST}
  order by ce.id desc`;

// Handed over before = in an export that carried contacts (export_rows are written only for
// leads files, CSV or XLSX), so the mailing tool may hold the address.
const HANDED_OVER = `exists (select 1 from export_rows r join exports x on x.id = r.export_id
  where r.attendee_id = ce.attendee_id and x.partner_id = ce.partner_id)`;

const SUPPRESSION_SQL = `
  select ce.id as consentId, a.email as email, ce.occurred_at as withdrawnAt
  from consent_events ce join attendees a on a.id = ce.attendee_id
  where ce.partner_id = ? and ce.action = 'withdraw' and ${IS_LATEST} and ${HANDED_OVER}
  order by ce.occurred_at, ce.id`;

/** The partner's current leads, newest consent first, with its visits of each. */
export function readLeads(snapshot: ReadSnapshot, partnerId: number): Generator<ExportLead> {
  return snapshot.iterate<ExportLead>(LEADS_SQL, partnerId);
}

/** Withdrawn contacts that an earlier export of this partner handed over, oldest withdrawal first. */
export function readSuppressions(snapshot: ReadSnapshot, partnerId: number): Generator<SuppressionRow> {
  return snapshot.iterate<SuppressionRow>(SUPPRESSION_SQL, partnerId);
}

export type ExportPartner = { id: number; name: string };

/** Every partner of the event, in a stable order (the ZIP's order). */
export function readPartners(snapshot: ReadSnapshot, eventId: number): ExportPartner[] {
  return snapshot.all<ExportPartner>("select id, name from partners where event_id = ? order by id", eventId);
}

export const READ_SQL_FOR_PLANS = { LEADS_SQL, SUPPRESSION_SQL };
