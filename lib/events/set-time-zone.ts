// Changing an existing event's time zone (its settings, next to the legal details). Organizers
// only; the change and its audit row in one transaction. Times already stored stay instants
// (UTC); only how they are stated changes.
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { events } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { requireEventAccess, requireOrganizerOf } from "../auth/access";
import { recordAudit } from "../audit/record-audit";
import { notFound, parseInput } from "../errors";
import { eventTimeZone } from "./event-time-zone";
import { TimeZoneName } from "./time-zone";

export const EventTimeZoneInput = z.object({ timeZone: TimeZoneName });

/** Whoever may see the event: its organizers, its booth phones, partners and attendees. */
export function readEventTimeZone(actor: Actor, eventId: number): string {
  requireEventAccess(actor, eventId);
  return eventTimeZone(eventId);
}

export function setEventTimeZone(actor: Actor, eventId: number, input: z.input<typeof EventTimeZoneInput>): string {
  requireOrganizerOf(actor, eventId);
  const { timeZone } = parseInput(EventTimeZoneInput, input);
  return getDb().transaction((tx) => {
    const before = tx.select({ timeZone: events.timeZone }).from(events).where(eq(events.id, eventId)).get();
    if (!before) throw notFound("The event");
    if (before.timeZone === timeZone) return timeZone;
    tx.update(events).set({ timeZone }).where(eq(events.id, eventId)).run();
    recordAudit(tx, actor, eventId, "events.update", `event ${eventId}`, { changed: ["timeZone"], timeZone: { from: before.timeZone, to: timeZone } });
    return timeZone;
  });
}
