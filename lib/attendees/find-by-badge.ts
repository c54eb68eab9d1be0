// Badge lookup within one event, through the unique (event_id, badge_code) index.
import { and, eq, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { prepared } from "@/db/prepared";
import { attendees } from "@/db/schema";
import { badgeCodeCandidates } from "../badges/badge-code";
import { AppError } from "../errors";

export type BadgeHolder = { id: number; firstName: string };

const columns = { id: attendees.id, firstName: attendees.firstName, badgeCode: attendees.badgeCode };
const ofEvent = eq(attendees.eventId, sql.placeholder("eventId"));
// badgeCodeCandidates gives one code or two (a vendor's literal code and its Crockford reading).
const byOne = prepared((db) => db.select(columns).from(attendees).where(and(ofEvent, eq(attendees.badgeCode, sql.placeholder("a")))).prepare());
const byTwo = prepared((db) =>
  db
    .select(columns)
    .from(attendees)
    .where(and(ofEvent, or(eq(attendees.badgeCode, sql.placeholder("a")), eq(attendees.badgeCode, sql.placeholder("b")))))
    .prepare(),
);

/** The attendee whose badge this is, in this event, or a not_found the booth can act on. */
export function findBadgeHolder(eventId: number, code: string): BadgeHolder {
  const candidates = badgeCodeCandidates(code);
  const [a, b] = candidates;
  const rows = b === undefined ? byOne(getDb()).all({ eventId, a }) : byTwo(getDb()).all({ eventId, a, b });
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
