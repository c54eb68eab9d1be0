// A new event from the organizer's console (issue 15 §3): the same createEvent the CLI uses,
// with its last day, the organizer's legal details and retention period, and the default consent
// notice in each language the organizer picks, all in one transaction with its audit row.
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { events } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { addNoticeVersion } from "../consent/notice";
import { DEFAULT_NOTICES, LANGUAGES } from "../consent/notice-text";
import { AppError, parseInput } from "../errors";
import { EventLegalInput } from "../parties/legal-details";
import { createEvent, NewEventInput, type EventSummary } from "./events";

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export const SetUpEventInput = z.object({
  name: NewEventInput.shape.name,
  slug: NewEventInput.shape.slug,
  startsOn: z.preprocess(blankToUndefined, NewEventInput.shape.startsOn),
  timeZone: z.preprocess(blankToUndefined, NewEventInput.shape.timeZone),
  ...EventLegalInput.shape,
  languages: z.array(z.enum(LANGUAGES), "Pick at least one language.").min(1, "Pick at least one language: attendees read the consent notice in it."),
});

export type SetUpEvent = z.input<typeof SetUpEventInput>;

/** Who may: whoever createEvent lets create an event (a signed-in organizer, the operator); they become its owner. */
export function setUpEvent(actor: Actor, input: SetUpEvent): EventSummary {
  const { name, slug, startsOn, timeZone, languages, ...legal } = parseInput(SetUpEventInput, input);
  if (legal.endsOn && !startsOn) throw invalidField("startsOn", "Enter the first day too (or leave the last day empty).");
  if (legal.endsOn && startsOn && legal.endsOn < startsOn) throw invalidField("endsOn", "The last day cannot be before the first day.");
  return getDb().transaction((tx) => {
    const event = createEvent(actor, { name, slug, startsOn, timeZone });
    tx.update(events).set(legal).where(eq(events.id, event.id)).run();
    for (const language of languages) addNoticeVersion(actor, event.id, { language, template: DEFAULT_NOTICES[language] });
    recordAudit(tx, actor, event.id, "events.create", `event ${event.id} ${event.slug}`, { languages, retentionDays: legal.retentionDays, timeZone });
    return event;
  });
}

function invalidField(field: string, message: string): AppError {
  return new AppError("invalid", message, { [field]: message });
}
