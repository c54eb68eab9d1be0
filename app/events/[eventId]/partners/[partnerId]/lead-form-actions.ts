"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireOrganizer } from "@/lib/auth/guards";
import { Id } from "@/lib/fields";
import { action } from "@/lib/http/action";
import { LeadFormFields, leadFormFromFields, updateLeadForm } from "@/lib/leads/update-lead-form";

export const updateLeadFormAction = action(
  z.object({ eventId: Id, partnerId: Id, ...LeadFormFields }),
  requireOrganizer,
  (organizer, { eventId, partnerId, tags, questions }) => {
    const form = updateLeadForm(organizer, eventId, partnerId, leadFormFromFields(tags, questions));
    revalidatePath(`/events/${eventId}/partners/${partnerId}`);
    return form;
  },
  { invalid: "Nothing was saved: please correct what is marked below." },
);
