// Badge lookup within one event, through the unique (event_id, badge_code) index.
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { attendees } from "@/db/schema";
import { badgeCodeCandidates } from "../badges/badge-code";
import { AppError } from "../errors";

export type BadgeHolder = { id: number; firstName: string };

/** The attendee whose badge this is, in this event, or a not_found the booth can act on. */
export function findBadgeHolder(db: Pick<Db, "select">, eventId: number, code: string): BadgeHolder {
  const candidates = badgeCodeCandidates(code);
  const rows = db
    .select({ id: attendees.id, firstName: attendees.firstName, badgeCode: attendees.badgeCode })
    .from(attendees)
    .where(and(eq(attendees.eventId, eventId), inArray(attendees.badgeCode, candidates)))
    .all();
  // Prefer the literal code (a vendor's) over its Crockford reading.
  const found = candidates.map((c) => rows.find((r) => r.badgeCode === c)).find(Boolean);
  if (!found) {
    throw new AppError(
      "not_found",
      "This badge is not registered for this event. Check the code, or send the attendee to the registration desk.",
    );
  }
  return { id: found.id, firstName: found.firstName };
}
