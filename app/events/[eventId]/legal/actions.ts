"use server";
import { revalidatePath } from "next/cache";
import { requireOrganizer } from "@/lib/auth/guards";
import { Id } from "@/lib/fields";
import { action } from "@/lib/http/action";
import { EventTimeZoneInput, setEventTimeZone } from "@/lib/events/set-time-zone";
import { EventLegalInput } from "@/lib/parties/legal-details";
import { setEventLegal } from "@/lib/parties/set-legal-details";

const invalid = "Nothing was saved: please correct the fields marked below.";

export const saveEventLegalAction = action(
  EventLegalInput.extend({ eventId: Id }),
  requireOrganizer,
  (organizer, { eventId, ...input }) => {
    setEventLegal(organizer, eventId, input);
    revalidatePath(`/events/${eventId}`, "layout");
    return "Saved. Receipts name these details from now on, whenever they are shown or downloaded.";
  },
  { invalid },
);

/** The event's time zone sits with its settings here: how attendees' screens, receipts and emails state times. */
export const saveEventTimeZoneAction = action(
  EventTimeZoneInput.extend({ eventId: Id }),
  requireOrganizer,
  (organizer, { eventId, timeZone }) => {
    const saved = setEventTimeZone(organizer, eventId, { timeZone });
    revalidatePath(`/events/${eventId}`, "layout");
    return `Saved. Times attendees read are stated in ${saved} from now on.`;
  },
  { invalid },
);
