// The organizer corrects an attendee's contact details (a typo at registration, a new email).
// The change and its audit row in one transaction; the row names the fields changed, never
// their values (the log outlives an erasure). Partners see the new details on their leads.
import { eq } from "drizzle-orm";
import type { z } from "zod";
import { getDb } from "@/db/client";
import { attendees } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { requireOrganizerOf } from "../auth/access";
import { recordAudit } from "../audit/record-audit";
import { notFound, parseInput } from "../errors";
import { ATTENDEE_FIELD_KEYS, AttendeeInput, type AttendeeFields } from "./attendee-input";
import { attendeeOfEvent } from "./require-attendee";

const columns = Object.fromEntries(ATTENDEE_FIELD_KEYS.map((k) => [k, attendees[k]])) as { [K in keyof AttendeeFields]: (typeof attendees)[K] };

/** The attendee's contact details as the edit form shows them. */
export function readAttendeeFields(actor: Actor, eventId: number, attendeeId: number): AttendeeFields {
  requireOrganizerOf(actor, eventId);
  const row = getDb().select(columns).from(attendees).where(attendeeOfEvent(eventId, attendeeId)).get();
  if (!row) throw notFound("The attendee");
  return row;
}

/** Saves the details; answers the names of the fields that changed (none: nothing written). */
export function updateAttendee(actor: Actor, eventId: number, attendeeId: number, input: z.input<typeof AttendeeInput>): (keyof AttendeeFields)[] {
  requireOrganizerOf(actor, eventId);
  const data = parseInput(AttendeeInput, input);
  return getDb().transaction(
    (tx) => {
      const before = tx.select(columns).from(attendees).where(attendeeOfEvent(eventId, attendeeId)).get();
      if (!before) throw notFound("The attendee");
      const changed = ATTENDEE_FIELD_KEYS.filter((k) => before[k] !== data[k]);
      if (changed.length === 0) return changed;
      tx.update(attendees).set(data).where(eq(attendees.id, attendeeId)).run();
      recordAudit(tx, actor, eventId, "attendees.update", `attendee ${attendeeId}`, { changed });
      return changed;
    },
    { behavior: "immediate" },
  );
}
