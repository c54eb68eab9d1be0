// Scoping shared by every domain function: an event or partner the actor may not reach is
// "not found", exactly like one that does not exist.
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
    }
  }
}

/** The partner, if the actor may see it: organizers of its event, or its own devices. */
export function requirePartnerAccess(actor: Actor, eventId: number, partnerId: number): Partner {
  requireEventAccess(actor, eventId);
  if (actor.kind === "device" && actor.partnerId !== partnerId) throw notFound("The partner");
  // An attendee reaches partner data only through their own consent and receipts.
  if (actor.kind === "attendee") throw notFound("The partner");
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
  if (actor.kind === "device" || actor.kind === "attendee") throw new AppError("forbidden", "Only organizers can do this.");
  requireEventAccess(actor, eventId);
  return actor.kind === "organizer" ? actor : null;
}
