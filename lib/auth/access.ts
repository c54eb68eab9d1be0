// Scoping shared by every domain function: an event or partner the actor may not reach is
// "not found", exactly like one that does not exist. Each check names the kinds of actor it lets
// through; any other kind is refused (an actor kind added later reaches nothing until every
// check says what it may reach: TypeScript points at each switch, refuseUnknown at run time).
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { eventOrganizers, events, partners, type Partner } from "@/db/schema";
import type { Actor, OrganizerActor } from "./actor";
import { AppError, notFound } from "../errors";

export function requireEventAccess(actor: Actor, eventId: number): void {
  const db = getDb();
  switch (actor.kind) {
    case "device":
    case "attendee":
      if (actor.eventId !== eventId) throw notFound("The event");
      return;
    case "organizer": {
      const row = db
        .select({ eventId: eventOrganizers.eventId })
        .from(eventOrganizers)
        .where(and(eq(eventOrganizers.eventId, eventId), eq(eventOrganizers.userId, actor.userId)))
        .get();
      if (!row) throw notFound("The event");
      return;
    }
    case "operator": {
      const row = db.select({ id: events.id }).from(events).where(eq(events.id, eventId)).get();
      if (!row) throw notFound("The event");
      return;
    }
    default:
      refuseUnknown(actor);
  }
}

/** For the `default` of a switch over actor kinds: a kind no check knows reaches nothing. */
export function refuseUnknown(actor: never): never {
  throw new AppError("forbidden", `An actor of kind "${(actor as { kind?: string }).kind}" may not do this.`);
}

/** The partner, if the actor may see it: organizers of its event, or its own devices. */
export function requirePartnerAccess(actor: Actor, eventId: number, partnerId: number): Partner {
  requireEventAccess(actor, eventId);
  switch (actor.kind) {
    case "device":
      if (actor.partnerId !== partnerId) throw notFound("The partner");
      break;
    case "attendee": // an attendee reaches partner data only through their own consent and receipts
      throw notFound("The partner");
    case "organizer":
    case "operator":
      break;
    default:
      refuseUnknown(actor);
  }
  const partner = getDb()
    .select()
    .from(partners)
    .where(and(eq(partners.id, partnerId), eq(partners.eventId, eventId)))
    .get();
  if (!partner) throw notFound("The partner");
  return partner;
}

/** Organizer-only work (set-up, exports). The CLI operator may do it too. */
export function requireOrganizerOf(actor: Actor, eventId: number): OrganizerActor | null {
  if (actor.kind !== "organizer" && actor.kind !== "operator") throw new AppError("forbidden", "Only organizers can do this.");
  requireEventAccess(actor, eventId);
  return actor.kind === "organizer" ? actor : null;
}
