// Each (partner, attendee) pair's visits in brief: first and last visit, the device of the last
// one, and how many. Kept in the transaction of every scan (record-scan.ts), so exports read one
// row per lead instead of searching the scans (docs/decisions/012).
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
