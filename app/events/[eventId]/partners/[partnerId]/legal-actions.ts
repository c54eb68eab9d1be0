"use server";
import { revalidatePath } from "next/cache";
import { requireOrganizer } from "@/lib/auth/guards";
import { Id } from "@/lib/fields";
import { action } from "@/lib/http/action";
import { PartnerLegalInput } from "@/lib/parties/legal-details";
import { setPartnerLegal } from "@/lib/parties/set-legal-details";

export const savePartnerLegalAction = action(
  PartnerLegalInput.extend({ eventId: Id, partnerId: Id }),
  requireOrganizer,
  (organizer, { eventId, partnerId, ...input }) => {
    setPartnerLegal(organizer, eventId, partnerId, input);
    revalidatePath(`/events/${eventId}/partners/${partnerId}`);
    return "Saved. The partner's receipts name these details; no consent lapses (attendees are not shown them before deciding).";
  },
  { invalid: "Nothing was saved: please correct the fields marked below." },
);
