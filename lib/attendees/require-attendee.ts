// One attendee of one event, for the organizer's screens: another event's attendee, an unknown
// id and an erased attendee (no name, badge or page left, lib/retention/) are all "not found".
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { attendees } from "@/db/schema";
import { notFound } from "../errors";

export const attendeeOfEvent = (eventId: number, attendeeId: number) =>
  and(eq(attendees.id, attendeeId), eq(attendees.eventId, eventId), isNull(attendees.erasedAt));

/** Call after requireOrganizerOf(actor, eventId): the scoping is in the where. */
export function requireAttendeeRow(db: Pick<Db, "select">, eventId: number, attendeeId: number): { id: number } {
  const row = db.select({ id: attendees.id }).from(attendees).where(attendeeOfEvent(eventId, attendeeId)).get();
  if (!row) throw notFound("The attendee");
  return row;
}
