// Each (partner, attendee) pair's visits in brief: first and last visit, the device of the last
// one, and how many. Kept in the transaction of every scan (record-scan.ts), so exports read one
// row per lead instead of searching the scans (docs/decisions/012).
import type Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { excluded } from "@/db/excluded";
import { prepared } from "@/db/prepared";
import { partnerVisits } from "@/db/schema";
import type { DeviceActor } from "../auth/actor";

const v = partnerVisits;

const count = prepared((db) =>
  db
    .insert(v)
    .values({
      partnerId: sql.placeholder("partnerId"),
      attendeeId: sql.placeholder("attendeeId"),
      firstAt: sql.placeholder("at"),
      lastAt: sql.placeholder("at"),
      lastDeviceId: sql.placeholder("deviceId"),
      visits: 1,
    })
    .onConflictDoUpdate({
      target: [v.partnerId, v.attendeeId],
      // CASE rather than SQLite's two-argument min()/max(): the same SQL reads in PostgreSQL.
      set: {
        firstAt: sql`case when ${excluded(v.firstAt)} < ${v.firstAt} then ${excluded(v.firstAt)} else ${v.firstAt} end`,
        lastAt: sql`case when ${excluded(v.lastAt)} > ${v.lastAt} then ${excluded(v.lastAt)} else ${v.lastAt} end`,
        lastDeviceId: sql`case when ${excluded(v.lastAt)} >= ${v.lastAt} then ${excluded(v.lastDeviceId)} else ${v.lastDeviceId} end`,
        visits: sql`${v.visits} + 1`,
      },
    })
    .prepare(),
);

/** Keeps the pair's visits in brief (partner_visits); a late-arriving older scan moves only firstAt. Call inside the scan's transaction. */
export function countVisit(actor: DeviceActor, attendeeId: number, at: Date): void {
  count(getDb()).run({ partnerId: actor.partnerId, attendeeId, at, deviceId: actor.deviceId });
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
