// Scans per clock hour (UTC), by the time of the visit on the booth phone (scanned_at), not by
// when the server heard of it: a phone that was offline for an hour still counts its scans in
// the hour they happened.
import { count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { hourOf } from "@/db/dialect";
import { scans } from "@/db/schema";

export const HOUR_MS = 3_600_000;

export type HourBucket = { start: Date; scans: number };

/** Every hour of the event that had scans, with its count. The caller has checked the actor. */
export function scanHoursOf(eventId: number): { hour: number; scans: number }[] {
  // One pass over the event's scans, bucketed by the hour of scanned_at.
  const hour = hourOf(scans.scannedAt);
  return getDb().select({ hour, scans: count() }).from(scans).where(eq(scans.eventId, eventId)).groupBy(hour).orderBy(hour).all();
}

/**
 * The hours to chart: the event's whole span of scanning if it is shorter than `span` hours,
 * else the last `span` hours of activity. While the event is live (the last scan is less than
 * `span` hours ago) the window runs up to the current hour, so a quiet spell shows as zeros.
 * Hours without scans are 0.
 */
export function hourWindow(hours: { hour: number; scans: number }[], now: Date, span = 24): HourBucket[] {
  if (hours.length === 0) return [];
  const counts = new Map(hours.map((h) => [h.hour, h.scans]));
  const first = Math.min(...counts.keys());
  const last = Math.max(...counts.keys());
  const nowHour = Math.floor(now.getTime() / HOUR_MS);
  const end = nowHour >= last && nowHour - last < span ? nowHour : last;
  const start = Math.max(first, end - span + 1);
  const buckets: HourBucket[] = [];
  for (let h = start; h <= end; h++) buckets.push({ start: new Date(h * HOUR_MS), scans: counts.get(h) ?? 0 });
  return buckets;
}
