// Scoping shared by every domain function: an event or partner the actor may not reach is
// "not found", exactly like one that does not exist. Each check names the kinds of actor it lets
// through; any other kind is refused (an actor kind added later reaches nothing until every
// check says what it may reach: TypeScript points at each switch, refuseUnknown at run time).
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { eventOrganizers, events, partners, type Partner } from "@/db/schema";
import type { Actor, OrganizerActor } from "./actor";
import { AppError, notFound } from "../errors";
import { requireAgreementAccepted } from "./agreement-gate";

export function requireEventAccess(actor: Actor, eventId: number): void {
  const db = getDb();
  switch (actor.kind) {
    case "device":
    case "attendee":
    case "partner":
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

/**
 * The partner, if the actor may see its data: organizers of its event, its own devices, and its
 * own team once the event's current data-use agreement is accepted for it (decision 036).
 */
export function requirePartnerAccess(actor: Actor, eventId: number, partnerId: number): Partner {
  requireEventAccess(actor, eventId);
  switch (actor.kind) {
    case "device":
      if (actor.partnerId !== partnerId) throw notFound("The partner");
      break;
    case "partner":
      if (actor.partnerId !== partnerId) throw notFound("The partner");
      requireAgreementAccepted(actor);
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

/**
 * Work on a partner that its admins share with the organizers (devices, exports, the lead form,
 * delivery): a partner member is refused, a phone or an attendee too.
 */
export function requirePartnerManager(actor: Actor, eventId: number, partnerId: number): Partner {
  switch (actor.kind) {
    case "partner":
      if (actor.partnerId !== partnerId) throw notFound("The partner"); // another partner's: not found, before any word on roles
      if (actor.role !== "admin") throw new AppError("forbidden", "Only the partner's admins can do this.");
      break;
    case "organizer":
    case "operator":
      break;
    case "device":
    case "attendee":
      throw new AppError("forbidden", "Only organizers and the partner's admins can do this.");
    default:
      refuseUnknown(actor);
  }
  return requirePartnerAccess(actor, eventId, partnerId);
}

/** The one partner a booth phone or a partner's team member is confined to; null: every partner of the actor's events. */
export function confinedToPartner(actor: Actor): { eventId: number; partnerId: number } | null {
  switch (actor.kind) {
    case "device":
    case "partner":
      return { eventId: actor.eventId, partnerId: actor.partnerId };
    case "organizer":
    case "operator":
    case "attendee":
      return null;
    default:
      return refuseUnknown(actor);
  }
}

/** Organizer-only work (set-up, exports). The CLI operator may do it too. */
export function requireOrganizerOf(actor: Actor, eventId: number): OrganizerActor | null {
  if (actor.kind !== "organizer" && actor.kind !== "operator") throw new AppError("forbidden", "Only organizers can do this.");
  requireEventAccess(actor, eventId);
  return actor.kind === "organizer" ? actor : null;
}
