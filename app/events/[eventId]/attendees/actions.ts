"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { AttendeeInput } from "@/lib/attendees/attendee-input";
import { createAttendee } from "@/lib/attendees/attendees";
import { reissueBadge } from "@/lib/attendees/reissue-badge";
import { updateAttendee } from "@/lib/attendees/update-attendee";
import { requireOrganizer } from "@/lib/auth/guards";
import { Id } from "@/lib/fields";
import { action } from "@/lib/http/action";
import { eraseAttendee } from "@/lib/retention/erase-attendee";

const invalid = "Nothing was saved: please correct the fields marked below.";
const One = z.object({ eventId: Id, attendeeId: Id });

/**
 * Erasure on the attendee's request (GDPR Art. 17), by the organizer: at once, for every partner.
 * Back to the list, which says so: the attendee's row is gone (no name is left to show).
 */
export const eraseAttendeeAction = action(One, requireOrganizer, (organizer, { eventId, attendeeId }) => {
  eraseAttendee(organizer, eventId, attendeeId);
  redirect(`/events/${eventId}/attendees?erased=1`);
});

/** One attendee added by hand (a walk-in, a late registration): on to their page, with its badge. */
export const createAttendeeAction = action(
  AttendeeInput.extend({ eventId: Id }),
  requireOrganizer,
  (organizer, { eventId, ...input }) => {
    const made = createAttendee(organizer, eventId, input);
    redirect(`/events/${eventId}/attendees/${made.id}?added=1`);
  },
  { invalid },
);

export const updateAttendeeAction = action(
  AttendeeInput.extend({ eventId: Id, attendeeId: Id }),
  requireOrganizer,
  (organizer, { eventId, attendeeId, ...input }) => {
    const changed = updateAttendee(organizer, eventId, attendeeId, input);
    revalidatePath(`/events/${eventId}/attendees/${attendeeId}`);
    return changed.length === 0 ? "Nothing had changed: nothing was saved." : "Saved. Partners who hold this attendee's lead see the new details.";
  },
  { invalid },
);

export const reissueBadgeAction = action(One, requireOrganizer, (organizer, { eventId, attendeeId }) => {
  reissueBadge(organizer, eventId, attendeeId);
  redirect(`/events/${eventId}/attendees/${attendeeId}?reissued=1`);
});
