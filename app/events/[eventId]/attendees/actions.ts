"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireOrganizer } from "@/lib/auth/guards";
import { Id } from "@/lib/fields";
import { action } from "@/lib/http/action";
import { eraseAttendee } from "@/lib/retention/erase-attendee";

/** Erasure on the attendee's request (GDPR Art. 17), by the organizer: at once, for every partner. */
export const eraseAttendeeAction = action(z.object({ eventId: Id, attendeeId: Id }), requireOrganizer, (organizer, { eventId, attendeeId }) => {
  const counts = eraseAttendee(organizer, eventId, attendeeId);
  revalidatePath(`/events/${eventId}/attendees`);
  return counts;
});
