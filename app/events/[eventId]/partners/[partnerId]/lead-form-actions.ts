"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { LeadFormState } from "@/components/organizer/lead-form-editor";
import { requireOrganizer } from "@/lib/auth/guards";
import { AppError, parseInput, toErrorBody } from "@/lib/errors";
import { Id } from "@/lib/fields";
import { updateLeadForm } from "@/lib/leads/update-lead-form";

const Target = z.object({ eventId: Id, partnerId: Id });

/** The editor's JSON field; its content is validated by lib/ (LeadFormInput). */
function questionsOf(form: FormData): unknown {
  try {
    return JSON.parse(String(form.get("questions") ?? "[]"));
  } catch {
    throw new AppError("invalid", "The questions could not be read. Reload the page and try again.");
  }
}

export async function updateLeadFormAction(_prev: LeadFormState, form: FormData): Promise<LeadFormState> {
  try {
    const organizer = await requireOrganizer();
    const { eventId, partnerId } = parseInput(Target, { eventId: form.get("eventId"), partnerId: form.get("partnerId") });
    const tags = String(form.get("tags") ?? "")
      .split("\n")
      .map((t) => t.trim())
      .filter(Boolean);
    const saved = updateLeadForm(organizer, eventId, partnerId, { tags, questions: questionsOf(form) });
    revalidatePath(`/events/${eventId}/partners/${partnerId}`);
    return { saved: "Saved. Booth phones show these tags and questions on the next lead they open.", form: saved };
  } catch (error) {
    const fields = error instanceof AppError ? error.fields : undefined;
    return { error: fields ? "Nothing was saved: please correct what is marked below." : toErrorBody(error).body.error.message, fields };
  }
}
