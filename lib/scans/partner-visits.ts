// Each (partner, attendee) pair's visits in brief: first and last visit, the device of the last
// one, and how many. Kept in the transaction of every scan (record-scan.ts), so exports read one
// row per lead instead of searching the scans (docs/decisions/012).
import { sql } from "drizzle-orm";
import type Database from "better-sqlite3";
import type { Db } from "@/db/client";
import { partnerVisits } from "@/db/schema";
import type { DeviceActor } from "../auth/actor";

/** Keeps the pair's visits in brief (partner_visits); a late-arriving older scan moves only firstAt. */
export function countVisit(tx: Pick<Db, "insert">, actor: DeviceActor, attendeeId: number, at: Date): void {
  const pv = partnerVisits;
  const later = sql`excluded.last_at >= ${pv.lastAt}`;
  tx.insert(pv)
    .values({ partnerId: actor.partnerId, attendeeId, firstAt: at, lastAt: at, lastDeviceId: actor.deviceId, visits: 1 })
    .onConflictDoUpdate({
      target: [pv.partnerId, pv.attendeeId],
      set: {
        firstAt: sql`min(${pv.firstAt}, excluded.first_at)`,
        lastAt: sql`max(${pv.lastAt}, excluded.last_at)`,
        lastDeviceId: sql`case when ${later} then excluded.last_device_id else ${pv.lastDeviceId} end`,
        visits: sql`${pv.visits} + 1`,
      },
    })
    .run();
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
