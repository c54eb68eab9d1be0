"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireOrganizer } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { Id } from "@/lib/fields";
import { action } from "@/lib/http/action";
import { updateLeadForm } from "@/lib/leads/update-lead-form";

// The form's two fields as the editor sends them; their content is lib's to validate (LeadFormInput).
const LeadFormFields = z.object({
  eventId: Id,
  partnerId: Id,
  tags: z.string().default(""),
  questions: z.string().default("[]"),
});

/** The editor's JSON field: unreadable only if the page itself is broken, so no field to mark. */
function questionsOf(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    throw new AppError("invalid", "The questions could not be read. Reload the page and try again.");
  }
}

export const updateLeadFormAction = action(
  LeadFormFields,
  requireOrganizer,
  (organizer, { eventId, partnerId, tags, questions }) => {
    const lines = tags
      .split("\n")
      .map((t) => t.trim())
      .filter(Boolean);
    const form = updateLeadForm(organizer, eventId, partnerId, { tags: lines, questions: questionsOf(questions) });
    revalidatePath(`/events/${eventId}/partners/${partnerId}`);
    return form;
  },
  { invalid: "Nothing was saved: please correct what is marked below." },
);
