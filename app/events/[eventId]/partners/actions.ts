"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { PartnerFormState } from "@/components/organizer/partner-form";
import { requireOrganizer } from "@/lib/auth/guards";
import { AppError, parseInput, toErrorBody } from "@/lib/errors";
import { Id } from "@/lib/fields";
import { createPartner, updatePartner } from "@/lib/partners/partners";

const input = (form: FormData) => ({
  name: String(form.get("name") ?? ""),
  booth: String(form.get("booth") ?? ""),
  contactEmail: String(form.get("contactEmail") ?? ""),
  privacyUrl: String(form.get("privacyUrl") ?? ""),
  purpose: String(form.get("purpose") ?? ""),
});

function failed(error: unknown, form: FormData): PartnerFormState {
  const fields = error instanceof AppError ? error.fields : undefined;
  const message = fields ? "Nothing was saved: please correct the fields marked below." : toErrorBody(error).body.error.message;
  return { error: message, fields, values: input(form) };
}

export async function createPartnerAction(_prev: PartnerFormState, form: FormData): Promise<PartnerFormState> {
  let target: string;
  try {
    const organizer = await requireOrganizer();
    const eventId = parseInput(Id, form.get("eventId"));
    const partner = createPartner(organizer, eventId, input(form));
    target = `/events/${eventId}/partners/${partner.id}?created=1`;
  } catch (error) {
    return failed(error, form);
  }
  redirect(target);
}

export async function updatePartnerAction(_prev: PartnerFormState, form: FormData): Promise<PartnerFormState> {
  try {
    const organizer = await requireOrganizer();
    const eventId = parseInput(Id, form.get("eventId"));
    const partnerId = parseInput(Id, form.get("partnerId"));
    const partner = updatePartner(organizer, eventId, partnerId, input(form));
    revalidatePath(`/events/${eventId}/partners/${partnerId}`);
    return { saved: `Saved. New consent screens for ${partner.name} show the change; earlier decisions keep the text they were shown.` };
  } catch (error) {
    return failed(error, form);
  }
}
