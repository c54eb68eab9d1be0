// Badge lookup within one event, through the unique (event_id, badge_code) index.
import { getDb } from "@/db/client";
import { badgeCodeCandidates } from "../badges/badge-code";
import { AppError } from "../errors";

export type BadgeHolder = { id: number; firstName: string };

/** One statement per number of candidates (badgeCodeCandidates gives one or two), compiled once by db/client.ts. */
const lookupSql = (n: number) =>
  `select id, first_name as firstName, badge_code as badgeCode from attendees where event_id = ? and badge_code in (${Array(n).fill("?").join(", ")})`;
const LOOKUP_SQL = [lookupSql(1), lookupSql(2)]; // the text made once, not per scan

/** The attendee whose badge this is, in this event, or a not_found the booth can act on. */
export function findBadgeHolder(eventId: number, code: string): BadgeHolder {
  const candidates = badgeCodeCandidates(code);
  const rows = getDb()
    .$client.prepare(LOOKUP_SQL[candidates.length - 1]!)
    .all(eventId, ...candidates) as (BadgeHolder & { badgeCode: string })[];
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
