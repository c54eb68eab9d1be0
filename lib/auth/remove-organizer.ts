// Taking an organizer off an event, by another organizer of it or by themselves (leaving). The
// event always keeps one organizer: otherwise nobody could sign in to it, export, or answer an
// attendee's request. Leaving is asked for in so many words (`leave`), so a stale page or a
// mis-aimed click cannot lock the actor out of the event. Access is checked per request
// (access.ts), so the removed organizer loses the event at once; their account stays.
import { and, count, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { eventOrganizers, users } from "@/db/schema";
import { recordAudit } from "../audit/record-audit";
import { AppError, notFound, parseInput } from "../errors";
import type { Actor } from "./actor";
import { requireOrganizerOf } from "./access";

export const RemoveOrganizerInput = z.object({
  userId: z.coerce.number().int().positive(),
  /** "yes" when the organizer removes themselves, after the page asked. */
  leave: z.enum(["yes"]).optional(),
});

export function removeOrganizer(actor: Actor, eventId: number, input: z.input<typeof RemoveOrganizerInput>): { email: string; left: boolean } {
  const self = requireOrganizerOf(actor, eventId);
  const { userId, leave } = parseInput(RemoveOrganizerInput, input);
  const left = self?.userId === userId;
  if (left && leave !== "yes") throw new AppError("invalid", "To leave this event yourself, confirm that you want to lose access to it.");
  return getDb().transaction((tx) => {
    const member = tx
      .select({ email: users.email })
      .from(eventOrganizers)
      .innerJoin(users, eq(users.id, eventOrganizers.userId))
      .where(and(eq(eventOrganizers.eventId, eventId), eq(eventOrganizers.userId, userId)))
      .get();
    if (!member) throw notFound("The organizer");
    const organizers = tx.select({ n: count() }).from(eventOrganizers).where(eq(eventOrganizers.eventId, eventId)).get()!.n;
    if (organizers <= 1) throw new AppError("conflict", "An event keeps at least one organizer: invite another one first.");
    tx.delete(eventOrganizers).where(and(eq(eventOrganizers.eventId, eventId), eq(eventOrganizers.userId, userId))).run();
    recordAudit(tx, actor, eventId, left ? "organizers.leave" : "organizers.remove", member.email);
    return { email: member.email, left };
  });
}
