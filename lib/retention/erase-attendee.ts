// Erasure on request (GDPR Art. 17): the organizer erases one attendee of their event, or the
// attendee erases themself from their own page. The same effect as the retention purge, at
// once, in one transaction with its audit row (docs/decisions/027).
import { getDb } from "@/db/client";
import type { Actor } from "../auth/actor";
import { requireOrganizerOf } from "../auth/access";
import { recordAudit } from "../audit/record-audit";
import { AppError, notFound } from "../errors";
import { eraseAttendeeRows, type ErasureCounts } from "./erase-attendee-rows";

/** The attendee themself, or an organizer of the event (or the operator). */
function requireEraser(actor: Actor, eventId: number, attendeeId: number): void {
  if (actor.kind === "attendee") {
    if (actor.attendeeId !== attendeeId || actor.eventId !== eventId) throw new AppError("forbidden", "You can erase only your own data.");
    return;
  }
  requireOrganizerOf(actor, eventId);
}

export function eraseAttendee(actor: Actor, eventId: number, attendeeId: number, now = new Date()): ErasureCounts {
  requireEraser(actor, eventId, attendeeId);
  const db = getDb();
  return db.transaction(
    (tx) => {
      const counts = eraseAttendeeRows(db, eventId, attendeeId, "request", now);
      // Already erased, or not of this event: nothing to do, and nothing said about which.
      if (counts.attendees === 0) throw notFound("The attendee");
      recordAudit(tx, actor, eventId, "attendees.erase", `attendee ${attendeeId}`, { cause: "request", ...counts });
      return counts;
    },
    { behavior: "immediate" },
  );
}
