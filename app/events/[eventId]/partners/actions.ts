"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { PartnerFormAnswer } from "@/components/organizer/partner-form";
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

/** The count of consents the organizer was shown and confirms ending; empty: not asked yet. */
const ConfirmLapses = z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(0).optional());

export const updatePartnerAction = action(
  NewPartnerInput.extend({ eventId: Id, partnerId: Id, confirmLapses: ConfirmLapses }),
  requireOrganizer,
  (organizer, { eventId, partnerId, confirmLapses, ...input }): PartnerFormAnswer => {
    const update = updatePartner(organizer, eventId, partnerId, input, { confirmLapses });
    if ("confirm" in update) {
      const n = update.confirm.lapsing;
      return {
        confirmLapses: n,
        message: `This change ends ${n} ${n === 1 ? "consent" : "consents"}: ${n === 1 ? "this attendee" : "these attendees"} will be asked again. Confirm?`,
        values: { ...input, contactEmail: input.contactEmail ?? "" },
      };
    }
    revalidatePath(`/events/${eventId}/partners/${partnerId}`);
    const { partner, lapsed } = update;
    const ended = lapsed === 0 ? "" : ` ${lapsed} ${lapsed === 1 ? "consent" : "consents"} ended: the attendees are told by email and can decide again on their page.`;
    return `Saved. New consent screens for ${partner.name} show the change; earlier decisions keep the text they were shown.${ended}`;
  },
  { invalid },
);
