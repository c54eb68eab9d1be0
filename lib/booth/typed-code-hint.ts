// A typed code that is no badge of the event may be a slip of one character on the badge that
// this phone's camera read a moment ago (a damaged print, a misread letter). The hint names that
// badge only: the code the phone itself read, never a search of the event's badges, so a typed
// guess learns nothing about anyone else (issue 15 §2). It costs no lookup of its own: it runs
// only after a typed miss, which the badge-lookup limit has already charged (lookup-meter.ts).
import { and, desc, eq, gt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { placeholderFor, prepared } from "@/db/prepared";
import { attendees, scans } from "@/db/schema";
import type { DeviceActor } from "../auth/actor";
import { badgeCodeCandidates, formatBadgeCode } from "../badges/badge-code";

/** How long the camera's last read stays a candidate: the attendee is still at the booth. */
export const HINT_WINDOW_MS = 10 * 60_000;

// Through scans_event_received: the event's last minutes of scans, this phone's camera reads.
const lastCameraRead = prepared((db) =>
  db
    .select({ badgeCode: attendees.badgeCode })
    .from(scans)
    .innerJoin(attendees, eq(attendees.id, scans.attendeeId))
    .where(
      and(
        eq(scans.eventId, sql.placeholder("eventId")),
        gt(scans.receivedAt, placeholderFor(scans.receivedAt, "since")),
        eq(scans.deviceId, sql.placeholder("deviceId")),
        eq(scans.source, "camera"),
      ),
    )
    .orderBy(desc(scans.receivedAt))
    .prepare(),
);

/** The badge code (formatted for reading) the staff probably meant, or null. */
export function typedCodeHint(db: Db, actor: DeviceActor, typed: string, now: Date): string | null {
  const last = lastCameraRead(db).get({ eventId: actor.eventId, deviceId: actor.deviceId, since: new Date(now.getTime() - HINT_WINDOW_MS) });
  if (!last) return null;
  return badgeCodeCandidates(typed).some((c) => oneEditApart(c, last.badgeCode)) ? formatBadgeCode(last.badgeCode) : null;
}

/** Exactly one character replaced, added or left out (never equal: an equal code was found). */
export function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
