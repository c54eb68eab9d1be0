// The attendee actor comes from the personal-page token in the address (/me/<token>), never
// from the badge code: the badge is shown to every booth, the token only to its holder. The
// token is looked up by its sha256 (lib/auth/personal-token.ts): the database holds no token.
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { prepared } from "@/db/prepared";
import { attendees, events } from "@/db/schema";
import type { AttendeeActor } from "./actor";
import { personalTokenSha256 } from "./personal-token";

/** What a personal token can look like (lib/crypto randomToken: base64url); anything else is not looked up. */
const PersonalToken = z.string().regex(/^[A-Za-z0-9_-]{16,128}$/);

// Prepared once: a booth share after a withdrawal checks the personal code on the sync's hot path.
const byTokenHash = prepared((db) =>
  db
    .select({ id: attendees.id, eventId: attendees.eventId, firstName: attendees.firstName, timeZone: events.timeZone })
    .from(attendees)
    .innerJoin(events, eq(events.id, attendees.eventId))
    .where(eq(attendees.personalTokenSha256, sql.placeholder("sha256")))
    .prepare(),
);

/** The attendee whose personal page this token opens, or null for an unknown or malformed token. */
export function attendeeFromToken(token: string): AttendeeActor | null {
  if (!PersonalToken.safeParse(token).success) return null;
  const row = byTokenHash(getDb()).get({ sha256: personalTokenSha256(token) });
  return row ? { kind: "attendee", attendeeId: row.id, eventId: row.eventId, firstName: row.firstName, timeZone: row.timeZone } : null;
}
