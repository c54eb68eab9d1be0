// The zone an event's times are stated in (decision 044), for code past its guard with no actor
// or event row that carries it: a mail being written, the dashboard's snapshot. Pages get it from
// their guard (the event summary, the actor, the receipt). Not personal data, and UTC for an
// event that no longer exists, so a late mail still says which zone it means.
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { prepared } from "@/db/prepared";
import { events } from "@/db/schema";
import { DEFAULT_TIME_ZONE } from "./time-zone";

const zoneOf = prepared((db) =>
  db.select({ timeZone: events.timeZone }).from(events).where(eq(events.id, sql.placeholder("eventId"))).prepare(),
);

export function eventTimeZone(eventId: number): string {
  return zoneOf(getDb()).get({ eventId })?.timeZone ?? DEFAULT_TIME_ZONE;
}
