"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireOrganizer } from "@/lib/auth/guards";
import { setUpEvent, SetUpEventInput } from "@/lib/events/set-up-event";
import { action } from "@/lib/http/action";
import { LANGUAGES, type Language } from "@/lib/i18n/language";

// The form sends one checkbox per language ("language-en": "on"); lib checks that one was ticked.
const Tick = z.literal("on").optional();
const ticked = Object.fromEntries(LANGUAGES.map((l) => [`language-${l}`, Tick])) as Record<`language-${Language}`, typeof Tick>;
const NewEventForm = SetUpEventInput.omit({ languages: true }).extend(ticked);

/** Whoever may create an event (lib/events/events.ts createEvent) becomes its owner; on to the list, which confirms it. */
export const createEventAction = action(
  NewEventForm,
  requireOrganizer,
  (organizer, form) => {
    const languages = LANGUAGES.filter((l) => form[`language-${l}`] === "on");
    const event = setUpEvent(organizer, { ...form, languages });
    redirect(`/events?created=${event.id}`);
  },
  { invalid: "Nothing was created: please correct the fields marked below." },
);
