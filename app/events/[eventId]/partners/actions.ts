"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireOrganizer } from "@/lib/auth/guards";
import { Id } from "@/lib/fields";
import { action } from "@/lib/http/action";
import { NewPartnerInput, createPartner, updatePartner } from "@/lib/partners/partners";

const invalid = "Nothing was saved: please correct the fields marked below.";

export const createPartnerAction = action(
  NewPartnerInput.extend({ eventId: Id }),
  requireOrganizer,
  (organizer, { eventId, ...input }) => {
    const partner = createPartner(organizer, eventId, input);
    redirect(`/events/${eventId}/partners/${partner.id}?created=1`);
  },
  { invalid },
);

export const updatePartnerAction = action(
  NewPartnerInput.extend({ eventId: Id, partnerId: Id }),
  requireOrganizer,
  (organizer, { eventId, partnerId, ...input }) => {
    const partner = updatePartner(organizer, eventId, partnerId, input);
    revalidatePath(`/events/${eventId}/partners/${partnerId}`);
    return `Saved. New consent screens for ${partner.name} show the change; earlier decisions keep the text they were shown.`;
  },
  { invalid },
);
