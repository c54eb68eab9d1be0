// Attendees: creating one with an issued badge code (and its audit row), and the badge code list for printing.
import { and, asc, eq, isNull } from "drizzle-orm";
import type { z } from "zod";
import { getDb } from "@/db/client";
import { attendees } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { requireOrganizerOf } from "../auth/access";
import { recordAudit } from "../audit/record-audit";
import { issuePersonalToken, unsealPersonalToken } from "../auth/personal-token";
import { issueBadgeCode } from "../badges/badge-code";
import { notFound, parseInput } from "../errors";
import { AttendeeInput } from "./attendee-input";

/** The CLI's and the console's input: the one attendee schema (attendee-input.ts). */
export const NewAttendeeInput = AttendeeInput;

export type NewAttendee = { id: number; badgeCode: string; personalToken: string };

export function createAttendee(actor: Actor, eventId: number, input: z.input<typeof NewAttendeeInput>): NewAttendee {
  requireOrganizerOf(actor, eventId);
  const data = parseInput(NewAttendeeInput, input);
  const { token, stored } = issuePersonalToken();
  return getDb().transaction((tx) => {
    const row = tx
      .insert(attendees)
      .values({ ...data, eventId, badgeCode: issueBadgeCode(), badgeSource: "issued", ...stored })
      .returning({ id: attendees.id, badgeCode: attendees.badgeCode })
      .get();
    // Ids only: the log outlives an erasure, so it holds no contact details.
    recordAudit(tx, actor, eventId, "attendees.create", `attendee ${row.id}`);
    return { ...row, personalToken: token };
  });
}

export type BadgeListing = { attendeeId: number; firstName: string; lastName: string; company: string | null; badgeCode: string };

const BADGE_COLUMNS = {
  attendeeId: attendees.id,
  firstName: attendees.firstName,
  lastName: attendees.lastName,
  company: attendees.company,
  badgeCode: attendees.badgeCode,
};

export function listBadges(actor: Actor, eventId: number): BadgeListing[] {
  requireOrganizerOf(actor, eventId);
  return getDb()
    .select(BADGE_COLUMNS)
    .from(attendees)
    // An erased attendee has no name, badge or page left to list or print (lib/retention/).
    .where(and(eq(attendees.eventId, eventId), isNull(attendees.erasedAt)))
    .orderBy(asc(attendees.lastName), asc(attendees.firstName))
    .all();
}

/** One attendee's badge as an organizer's screen shows it: never the personal token. */
export function getBadgeListing(actor: Actor, eventId: number, attendeeId: number): BadgeListing {
  requireOrganizerOf(actor, eventId);
  const badge = getDb()
    .select(BADGE_COLUMNS)
    .from(attendees)
    .where(and(eq(attendees.id, attendeeId), eq(attendees.eventId, eventId)))
    .get();
  if (!badge) throw notFound("The attendee");
  return badge;
}

export type Badge = BadgeListing & { personalToken: string };

/** What a printed badge carries: the code on the front, the personal page on the back. */
export function getBadge(actor: Actor, eventId: number, attendeeId: number): Badge {
  requireOrganizerOf(actor, eventId);
  const badge = getDb()
    .select({ ...BADGE_COLUMNS, personalTokenSha256: attendees.personalTokenSha256, personalTokenSealed: attendees.personalTokenSealed })
    .from(attendees)
    .where(and(eq(attendees.id, attendeeId), eq(attendees.eventId, eventId)))
    .get();
  if (!badge) throw notFound("The attendee");
  const { personalTokenSha256, personalTokenSealed, ...listing } = badge;
  return { ...listing, personalToken: unsealPersonalToken({ personalTokenSha256, personalTokenSealed }) };
}
