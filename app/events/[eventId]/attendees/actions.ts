"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireOrganizer } from "@/lib/auth/guards";
import { Id } from "@/lib/fields";
import { action } from "@/lib/http/action";
import { eraseAttendee } from "@/lib/retention/erase-attendee";

/**
 * Erasure on the attendee's request (GDPR Art. 17), by the organizer: at once, for every partner.
 * Back to the list, which says so: the attendee's row is gone (no name is left to show).
 */
export const eraseAttendeeAction = action(z.object({ eventId: Id, attendeeId: Id }), requireOrganizer, (organizer, { eventId, attendeeId }) => {
  eraseAttendee(organizer, eventId, attendeeId);
  redirect(`/events/${eventId}/attendees?erased=1`);
});
