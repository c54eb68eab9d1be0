// Events: creation and the organizer's list. The creator becomes the event's owner.
import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { eventOrganizers, events } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { refuseUnknown, requireEventAccess, requireOrganizerOf } from "../auth/access";
import { AppError, parseInput } from "../errors";
import { ShortText } from "../fields";
import { DEFAULT_TIME_ZONE, TimeZoneName } from "./time-zone";

export const NewEventInput = z.object({
  name: ShortText("the event's name"),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/, "Use lowercase letters, digits and dashes (e.g. expo-2026)."),
  startsOn: z.iso.date("Use a date like 2026-03-14.").optional(),
  timeZone: TimeZoneName.default(DEFAULT_TIME_ZONE),
});

/** timeZone: what the event's pages state times in (decision 044), read with the event its guard loads. */
export type EventSummary = { id: number; slug: string; name: string; startsOn: string | null; timeZone: string };

const SUMMARY = { id: events.id, slug: events.slug, name: events.name, startsOn: events.startsOn, timeZone: events.timeZone };

export function createEvent(actor: Actor, input: z.input<typeof NewEventInput>): EventSummary {
  if (actor.kind !== "organizer" && actor.kind !== "operator") throw new AppError("forbidden", "Only organizers can create events.");
  const data = parseInput(NewEventInput, input);
  const db = getDb();
  return db.transaction((tx) => {
    const taken = tx.select({ id: events.id }).from(events).where(eq(events.slug, data.slug)).get();
    if (taken) throw new AppError("conflict", `An event with the slug "${data.slug}" already exists.`);
    const event = tx
      .insert(events)
      .values({ name: data.name, slug: data.slug, startsOn: data.startsOn ?? null, timeZone: data.timeZone })
      .returning(SUMMARY)
      .get();
    if (actor.kind === "organizer") {
      tx.insert(eventOrganizers).values({ eventId: event.id, userId: actor.userId, role: "owner" }).run();
    }
    return event;
  });
}

export function listEvents(actor: Actor): EventSummary[] {
  const db = getDb();
  switch (actor.kind) {
    case "organizer":
      return db
        .select(SUMMARY)
        .from(events)
        .innerJoin(eventOrganizers, and(eq(eventOrganizers.eventId, events.id), eq(eventOrganizers.userId, actor.userId)))
        .orderBy(asc(events.startsOn), asc(events.name))
        .all();
    case "operator":
      return db.select(SUMMARY).from(events).orderBy(asc(events.startsOn), asc(events.name)).all();
    case "device":
    case "attendee":
    case "partner":
      return db.select(SUMMARY).from(events).where(eq(events.id, actor.eventId)).all();
    default:
      return refuseUnknown(actor);
  }
}

export function getEvent(actor: Actor, eventId: number): EventSummary {
  requireEventAccess(actor, eventId);
  const event = getDb()
    .select(SUMMARY)
    .from(events)
    .where(eq(events.id, eventId))
    .get();
  if (!event) throw new AppError("not_found", "The event was not found.");
  return event;
}

/** The CLI names events by slug. */
export function findEventBySlug(actor: Actor, slug: string): EventSummary {
  const row = getDb().select({ id: events.id }).from(events).where(eq(events.slug, slug.trim().toLowerCase())).get();
  if (!row) throw new AppError("not_found", `No event has the slug "${slug}".`);
  return getEvent(actor, row.id);
}

export function addOrganizerToEvent(actor: Actor, eventId: number, userId: number, role: "owner" | "organizer" = "organizer"): void {
  requireOrganizerOf(actor, eventId);
  getDb().insert(eventOrganizers).values({ eventId, userId, role }).onConflictDoNothing().run();
}
