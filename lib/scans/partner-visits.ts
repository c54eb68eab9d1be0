// Each (partner, attendee) pair's visits in brief: first and last visit, the device of the last
// one, and how many. Kept in the transaction of every scan (record-scan.ts), so exports read one
// row per lead instead of searching the scans (docs/decisions/012).
import type Database from "better-sqlite3";
import { getDb } from "@/db/client";
import type { DeviceActor } from "../auth/actor";

const COUNT_VISIT_SQL = `insert into partner_visits (partner_id, attendee_id, first_at, last_at, last_device_id, visits)
  values (?, ?, ?, ?, ?, 1)
  on conflict (partner_id, attendee_id) do update set
    first_at = min(partner_visits.first_at, excluded.first_at),
    last_at = max(partner_visits.last_at, excluded.last_at),
    last_device_id = case when excluded.last_at >= partner_visits.last_at then excluded.last_device_id else partner_visits.last_device_id end,
    visits = partner_visits.visits + 1`;

/** Keeps the pair's visits in brief (partner_visits); a late-arriving older scan moves only firstAt. Call inside the scan's transaction. */
export function countVisit(actor: DeviceActor, attendeeId: number, at: Date): void {
  getDb().$client.prepare(COUNT_VISIT_SQL).run(actor.partnerId, attendeeId, at.getTime(), at.getTime(), actor.deviceId);
}

/** The same brief computed from the scans alone (a later scan wins a tie, as in countVisit). */
export const VISITS_FROM_SCANS = `
  select partner_id, attendee_id, first_at, last_at, device_id, visits from (
    select s.partner_id, s.attendee_id, s.device_id,
      min(s.scanned_at) over w as first_at, max(s.scanned_at) over w as last_at, count(*) over w as visits,
      row_number() over (partition by s.partner_id, s.attendee_id order by s.scanned_at desc, s.rowid desc) as rn
    from scans s where s.event_id = ?
    window w as (partition by s.partner_id, s.attendee_id)
  ) where rn = 1`;

/** Rebuilds an event's visit briefs from its scans (bulk loads that bypass countVisit: benchmarks). */
export function rebuildVisits(sqlite: Database.Database, eventId: number): void {
  sqlite.prepare("delete from partner_visits where partner_id in (select id from partners where event_id = ?)").run(eventId);
  sqlite.prepare(`insert into partner_visits ${VISITS_FROM_SCANS}`).run(eventId);
}
