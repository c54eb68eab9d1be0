"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireOrganizer } from "@/lib/auth/guards";
import { Id } from "@/lib/fields";
import { action } from "@/lib/http/action";
import { publishAgreement } from "@/lib/partners/agreement";
import { setPrivateAddressesAllowed } from "@/lib/webhooks/endpoints";

// The texts are lib's to check (AgreementInput).
const PublishInput = z.object({ eventId: Id, en: z.string().default(""), de: z.string().default("") });

export const publishAgreementAction = action(
  PublishInput,
  requireOrganizer,
  (organizer, { eventId, en, de }) => {
    const published = publishAgreement(organizer, eventId, { en, de });
    revalidatePath(`/events/${eventId}/agreement`);
    return published;
  },
  { invalid: "Nothing was published: please correct what is marked below." },
);

export const privateAddressesAction = action(z.object({ eventId: Id, allow: z.enum(["yes", "no"]) }), requireOrganizer, (organizer, { eventId, allow }) => {
  setPrivateAddressesAllowed(organizer, eventId, { allow: allow === "yes" });
  revalidatePath(`/events/${eventId}/agreement`);
});
