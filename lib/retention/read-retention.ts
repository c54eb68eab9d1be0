// An event's retention terms as its pages show them: the period, and the day the purge is due.
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { events } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { requireEventAccess } from "../auth/access";
import { notFound } from "../errors";
import { purgeDateOf } from "./purge-date";

export type Retention = { retentionDays: number; lastDay: string | null; purgeAt: Date | null };

export function readRetention(actor: Actor, eventId: number): Retention {
  requireEventAccess(actor, eventId);
  const terms = getDb().select({ startsOn: events.startsOn, endsOn: events.endsOn, retentionDays: events.retentionDays }).from(events).where(eq(events.id, eventId)).get();
  if (!terms) throw notFound("The event");
  return { retentionDays: terms.retentionDays, lastDay: terms.endsOn ?? terms.startsOn, purgeAt: purgeDateOf(terms) };
}
