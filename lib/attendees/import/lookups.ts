// The event's attendees as the import matches against them: by registration id, by email and
// by badge code, held in Maps so 100,000 rows need no query each. Callers scope by event.
import { and, eq, gt, inArray, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { unindexed } from "@/db/dialect";
import { attendees } from "@/db/schema";
import type { ContactField } from "./import-fields";
import { CONTACT_COLUMNS } from "./write-attendees";

export type ExistingAttendee = { id: number; externalId: string | null; badgeCode: string } & Record<ContactField, string | null>;

export type Lookups = {
  byExternalId: Map<string, ExistingAttendee>;
  byEmail: Map<string, ExistingAttendee>;
  /** Badge code → attendee id. */
  byBadge: Map<string, number>;
  /** The highest attendee id read from the database so far: a refresh reads only newer rows. */
  lastId: number;
};

const COLUMNS = { id: attendees.id, externalId: attendees.externalId, badgeCode: attendees.badgeCode, ...CONTACT_COLUMNS };

const NON_ASCII = /[^\x00-\x7f]/;

export const emptyLookups = (): Lookups => ({ byExternalId: new Map(), byEmail: new Map(), byBadge: new Map(), lastId: 0 });

export function remember(lookups: Lookups, a: ExistingAttendee): void {
  if (a.externalId !== null) lookups.byExternalId.set(a.externalId, a);
  // Emails stored by other paths (the CLI) are lowercased but may not be NFC: match them the same way.
  const email = a.email && (NON_ASCII.test(a.email) ? a.email.normalize("NFC").toLowerCase() : a.email.toLowerCase());
  if (email && !lookups.byEmail.has(email)) lookups.byEmail.set(email, a);
  lookups.byBadge.set(a.badgeCode, a.id);
}

/**
 * Adds the event's attendees created since the last read (all of them the first time). Called
 * at the start of every chunk's transaction, so attendees that another import or the CLI added
 * meanwhile are matched too, and nobody is created twice.
 */
export function refreshLookups(db: Pick<Db, "select">, eventId: number, lookups: Lookups): Lookups {
  const since =
    lookups.lastId === 0
      ? eq(attendees.eventId, eventId)
      : // Newer rows by the primary key, not by walking the whole event's index.
        and(gt(attendees.id, lookups.lastId), eq(unindexed(attendees.eventId), eventId));
  const rows = db.select(COLUMNS).from(attendees).where(since).orderBy(attendees.id).all();
  for (const row of rows) {
    remember(lookups, row);
    lookups.lastId = row.id; // ascending: rowid order
  }
  return lookups;
}

/** Only the attendees a few rows could match (the preview), not the whole event. */
export function lookupsFor(db: Pick<Db, "select">, eventId: number, keys: { externalIds: string[]; emails: string[]; badgeCodes: string[] }): Lookups {
  const lookups = emptyLookups();
  const conditions = [
    keys.externalIds.length ? inArray(attendees.externalId, keys.externalIds) : undefined,
    keys.emails.length ? inArray(attendees.email, keys.emails) : undefined,
    keys.badgeCodes.length ? inArray(attendees.badgeCode, keys.badgeCodes) : undefined,
  ].filter((c) => c !== undefined);
  if (conditions.length === 0) return lookups;
  const rows = db.select(COLUMNS).from(attendees).where(and(eq(attendees.eventId, eventId), or(...conditions))).orderBy(attendees.id).all();
  for (const row of rows) remember(lookups, row);
  return lookups;
}
