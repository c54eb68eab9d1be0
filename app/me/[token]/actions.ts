"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { chooseLanguage } from "@/lib/attendees/attendee-language";
import { requireAttendeePage } from "@/lib/auth/attendee-page";
import { PageDecisionInput, decideOnPage } from "@/lib/consent/page-decision";
import { enterDrawingFromPage } from "@/lib/drawing/enter-drawing-from-page";
import { Id } from "@/lib/fields";
import { LANGUAGES } from "@/lib/i18n/language";
import { action } from "@/lib/http/action";
import { eraseAttendee } from "@/lib/retention/erase-attendee";

/** The personal page's token, sent in its forms, is the attendee's credential (failed attempts limited per address). */
const requireAttendee = ({ token }: { token: string }) => requireAttendeePage(token, "This personal page");

const Token = z.object({ token: z.string() });

/** Withdraw or share again, from the attendee's own page. */
export const pageDecisionAction = action(PageDecisionInput.extend(Token.shape), requireAttendee, (actor, { token, ...input }) => {
  const decision = decideOnPage(actor, input);
  revalidatePath(`/me/${token}`);
  return { done: decision.action, changed: decision.changed };
});

/** The attendee's own opt-in to a drawing, from their page. */
export const enterDrawingAction = action(Token.extend({ drawingId: Id }), requireAttendee, (actor, { token, drawingId }) => {
  enterDrawingFromPage(actor, drawingId);
  revalidatePath(`/me/${token}`);
});

/** The attendee's language, kept for their next screens and emails; back to the page without a ?lang= that would hide the choice. */
export const chooseLanguageAction = action(Token.extend({ language: z.enum(LANGUAGES) }), requireAttendee, (actor, { token, language }) => {
  chooseLanguage(actor, language);
  revalidatePath(`/me/${token}`);
  redirect(`/me/${token}`);
});

/** "Delete my data" (GDPR Art. 17): erases the attendee at once; the page's token opens nothing afterwards. */
export const eraseMyDataAction = action(Token, requireAttendee, (actor) => {
  eraseAttendee(actor, actor.eventId, actor.attendeeId);
});
