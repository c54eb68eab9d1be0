// Changing an existing event's time zone (its settings, next to the legal details). Organizers
// only; the change and its audit row in one transaction. Times already stored stay instants
// (UTC); only how they are stated changes.
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { events } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { requireOrganizerOf } from "../auth/access";
import { recordAudit } from "../audit/record-audit";
import { notFound, parseInput } from "../errors";
import { TimeZoneName } from "./time-zone";

export const EventTimeZoneInput = z.object({ timeZone: TimeZoneName });

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
