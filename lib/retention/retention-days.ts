// The event's retention period for the booth's consent screen: one lookup by primary key per
// scan, prepared once (db/prepared.ts).
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { prepared } from "@/db/prepared";
import { events } from "@/db/schema";
import type { DeviceActor } from "../auth/actor";
import { DEFAULT_RETENTION_DAYS } from "../parties/legal-details";

const byEvent = prepared((db) => db.select({ days: events.retentionDays }).from(events).where(eq(events.id, sql.placeholder("eventId"))).prepare());

/** The days the device's own event keeps contact details after its last day. */
export function retentionDaysOf(device: DeviceActor): number {
  return byEvent(getDb()).get({ eventId: device.eventId })?.days ?? DEFAULT_RETENTION_DAYS;
}
