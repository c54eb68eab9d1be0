// The badges of an event for printing, in name order, read in pages by keyset: each page is
// one short query. A better-sqlite3 iterator held open while the PDF streams would keep the
// process's one connection busy ("This database connection is busy executing a query") for
// every other request until the download ends; short queries between pages do not.
import { and, asc, count, eq, gt, or, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { attendees } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { requireOrganizerOf } from "../auth/access";
import type { Badge } from "../attendees/attendees";
import { unsealPersonalToken } from "../auth/personal-token";

export type BadgeFilter = { attendeeId?: number };

const COLUMNS = {
  attendeeId: attendees.id,
  firstName: attendees.firstName,
  lastName: attendees.lastName,
  company: attendees.company,
  badgeCode: attendees.badgeCode,
  personalTokenSha256: attendees.personalTokenSha256,
  personalTokenSealed: attendees.personalTokenSealed,
};

function scope(eventId: number, filter: BadgeFilter): SQL {
  const inEvent = eq(attendees.eventId, eventId);
  return filter.attendeeId === undefined ? inEvent : and(inEvent, eq(attendees.id, filter.attendeeId))!;
}

/** How many badges a print of the event (or of one attendee) holds. */
export function countBadges(actor: Actor, eventId: number, filter: BadgeFilter = {}): number {
  requireOrganizerOf(actor, eventId);
  return getDb().select({ n: count() }).from(attendees).where(scope(eventId, filter)).get()?.n ?? 0;
}

/**
 * Badges ordered by last name, first name and id, `pageSize` at a time. Lazy: a page is read
 * when the previous one has been used. Attendees added meanwhile are printed if they sort
 * after the page being read; none is printed twice.
 */
export function* readBadgePages(actor: Actor, eventId: number, filter: BadgeFilter = {}, pageSize = 256): Generator<Badge[]> {
  requireOrganizerOf(actor, eventId);
  let after: Badge | undefined;
  for (;;) {
    const rows = getDb()
      .select(COLUMNS)
      .from(attendees)
      .where(after ? and(scope(eventId, filter), following(after)) : scope(eventId, filter))
      .orderBy(asc(attendees.lastName), asc(attendees.firstName), asc(attendees.id))
      .limit(pageSize)
      .all();
    if (rows.length === 0) return;
    // The back's token, unsealed for printing (lib/auth/personal-token.ts: the database keeps only its hash).
    const page: Badge[] = rows.map(({ personalTokenSha256, personalTokenSealed, ...b }) => ({
      ...b,
      personalToken: unsealPersonalToken({ personalTokenSha256, personalTokenSealed }),
    }));
    yield page;
    if (page.length < pageSize) return;
    after = page[page.length - 1];
  }
}

/** Rows that sort after `b` in (last name, first name, id) order. */
function following(b: Badge): SQL {
  return or(
    gt(attendees.lastName, b.lastName),
    and(eq(attendees.lastName, b.lastName), gt(attendees.firstName, b.firstName)),
    and(eq(attendees.lastName, b.lastName), eq(attendees.firstName, b.firstName), gt(attendees.id, b.attendeeId)),
  )!;
}
