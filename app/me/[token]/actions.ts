"use server";
import { revalidatePath } from "next/cache";
import { attendeeFromToken } from "@/lib/auth/attendee";
import { decideOnPage } from "@/lib/consent/page-decision";
import { enterDrawingFromPage } from "@/lib/drawing/enter-drawing-from-page";
import { AppError, parseInput, toActionResult } from "@/lib/errors";
import { Id } from "@/lib/fields";
import type { DecisionState } from "@/components/me/partner-card";

/** Withdraw or share again, from the attendee's own page. The token in the form is the credential. */
export async function pageDecisionAction(_prev: DecisionState, form: FormData): Promise<DecisionState> {
  const token = String(form.get("token") ?? "");
  const result = await toActionResult(() => {
    const actor = attendeeFromToken(token);
    if (!actor) throw new AppError("not_found", "This personal page does not exist.");
    return decideOnPage(actor, {
      partnerId: form.get("partnerId"),
      choice: form.get("choice"),
      clientId: form.get("clientId"),
      noticeId: form.get("noticeId"),
      noticeSha256: form.get("noticeSha256"),
      language: form.get("language"),
    });
  });
  if (!result.ok) return { error: result.error };
  revalidatePath(`/me/${token}`);
  return { done: result.value.action, changed: result.value.changed };
}

/** The attendee's own opt-in to a drawing, from their page. */
export async function enterDrawingAction(form: FormData): Promise<void> {
  const token = String(form.get("token") ?? "");
  const actor = attendeeFromToken(token);
  if (!actor) throw new AppError("not_found", "This personal page does not exist.");
  enterDrawingFromPage(actor, parseInput(Id, form.get("drawingId")));
  revalidatePath(`/me/${token}`);
}
