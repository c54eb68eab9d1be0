// Scans per hour of the event's own clock (its time zone, decision 044), by the time of the
// visit on the booth phone (scanned_at), not by when the server heard of it: a phone that was
// offline for an hour still counts its scans in the hour they happened. The database counts
// per quarter hour, which never straddles a local hour (every zone's offset from UTC is a whole
// number of quarter hours: 10:00–11:00 in Kolkata is 04:30–05:30 UTC); the quarters are then
// added up into the zone's hours. Every bucket is one real hour: on the night clocks go back,
// the repeated hour is two buckets, and the hour skipped in spring is none.
import { count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { slotOf } from "@/db/dialect";
import { scans } from "@/db/schema";
import { utcOffsetMs } from "../events/time-zone";

export const HOUR_MS = 3_600_000;
const QUARTER_MS = 900_000;

export type HourBucket = { start: Date; scans: number };

/**
 * A local hour and its scans. The hour's number: hours since the epoch, shifted by the zone's
 * minutes past the UTC hour (30 for Kolkata's +5:30 and Newfoundland's −3:30, 0 for Berlin in
 * winter and in summer).
 */
export type LocalHour = { hour: number; scans: number };

const minutesPastUtcHour = (ms: number, timeZone: string) => (((utcOffsetMs(new Date(ms), timeZone) % HOUR_MS) + HOUR_MS) % HOUR_MS);
const localHourOf = (ms: number, timeZone: string) => Math.floor((ms + minutesPastUtcHour(ms, timeZone)) / HOUR_MS);
const startOf = (hour: number, timeZone: string) => new Date(hour * HOUR_MS - minutesPastUtcHour(hour * HOUR_MS, timeZone));

/** Every local hour of the event that had scans, with its count. The caller has checked the actor. */
export function scanHoursOf(eventId: number, timeZone: string): LocalHour[] {
  // One pass over the event's scans, bucketed by the quarter hour of scanned_at.
  const quarter = slotOf(scans.scannedAt, QUARTER_MS);
  const quarters = getDb().select({ quarter, scans: count() }).from(scans).where(eq(scans.eventId, eventId)).groupBy(quarter).all();
  return localHours(quarters, timeZone);
}

/** Quarter-hour counts (quarters since the epoch) added up into the zone's hours. */
export function localHours(quarters: { quarter: number; scans: number }[], timeZone: string): LocalHour[] {
  const hours = new Map<number, number>();
  for (const q of quarters) {
    const hour = localHourOf(q.quarter * QUARTER_MS, timeZone);
    hours.set(hour, (hours.get(hour) ?? 0) + q.scans);
  }
  return [...hours].map(([hour, scans]) => ({ hour, scans })).sort((a, b) => a.hour - b.hour);
}

/**
 * The hours to chart: the event's whole span of scanning if it is shorter than `span` hours,
 * else the last `span` hours of activity. While the event is live (the last scan is less than
 * `span` hours ago) the window runs up to the current hour, so a quiet spell shows as zeros.
 * Hours without scans are 0.
 */
export function hourWindow(hours: LocalHour[], now: Date, timeZone: string, span = 24): HourBucket[] {
  if (hours.length === 0) return [];
  const counts = new Map(hours.map((h) => [h.hour, h.scans]));
  const first = Math.min(...counts.keys());
  const last = Math.max(...counts.keys());
  const nowHour = localHourOf(now.getTime(), timeZone);
  const end = nowHour >= last && nowHour - last < span ? nowHour : last;
  const start = Math.max(first, end - span + 1);
  const buckets: HourBucket[] = [];
  for (let h = start; h <= end; h++) buckets.push({ start: startOf(h, timeZone), scans: counts.get(h) ?? 0 });
  return buckets;
}
