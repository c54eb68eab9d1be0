// The event's retention period for the booth's consent screen: one lookup by primary key per
// scan, prepared once (db/prepared.ts), on the booth's hot path.
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { prepared } from "@/db/prepared";
import { events } from "@/db/schema";
import { DEFAULT_RETENTION_DAYS } from "../parties/legal-details";

const byEvent = prepared((db) => db.select({ days: events.retentionDays }).from(events).where(eq(events.id, sql.placeholder("eventId"))).prepare());

/** Callers have authorized the event (the booth device belongs to it). */
export function retentionDaysOf(eventId: number): number {
  return byEvent(getDb()).get({ eventId })?.days ?? DEFAULT_RETENTION_DAYS;
}
