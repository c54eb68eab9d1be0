"use server";
import { revalidatePath } from "next/cache";
import { requireOrganizer } from "@/lib/auth/guards";
import { Id } from "@/lib/fields";
import { action } from "@/lib/http/action";
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
