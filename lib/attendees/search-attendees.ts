// The organizer's attendee list: a search over name, email, company and badge code, a filter by
// what happened at the booths, one page at a time (an event may hold 100,000+ attendees).
// Erased attendees are not listed: there is no name left to show (lib/retention/).
import { and, asc, count, countDistinct, eq, exists, inArray, isNull, not, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { attendees, currentConsent, scans } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { requireOrganizerOf } from "../auth/access";
import { badgeCodeCandidates } from "../badges/badge-code";
import { parseInput } from "../errors";
import { plainText } from "../fields";

export const ATTENDEE_FILTERS = {
  all: "Everyone",
  shared: "Shared with at least one partner",
  visited: "Visited at least one booth",
  "not-visited": "Visited no booth yet",
} as const;
export type AttendeeFilter = keyof typeof ATTENDEE_FILTERS;

export const PAGE_SIZE = 50;

export const AttendeeQuery = z.object({
  q: z.string().trim().max(200, "Search for at most 200 characters.").superRefine(plainText("The search")).catch("").default(""),
  filter: z.enum(Object.keys(ATTENDEE_FILTERS) as [AttendeeFilter, ...AttendeeFilter[]]).catch("all").default("all"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type AttendeeQuery = z.input<typeof AttendeeQuery>;

export type AttendeeRow = {
  id: number;
  firstName: string;
  lastName: string;
  email: string;
  company: string | null;
  badgeCode: string;
  visits: number;
  shares: number;
};

export type AttendeePage = { rows: AttendeeRow[]; total: number; page: number; pages: number; q: string; filter: AttendeeFilter };

// `%`, `_` and the escape itself are literal in what the organizer typed.
const contains = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function searchWhere(q: string): SQL | undefined {
  if (!q) return undefined;
  const pattern = contains(q);
  const likes = [
    sql`(${attendees.firstName} || ' ' || ${attendees.lastName}) like ${pattern} escape '\\'`,
    sql`${attendees.email} like ${pattern} escape '\\'`,
    sql`${attendees.company} like ${pattern} escape '\\'`,
  ];
  return or(...likes, inArray(attendees.badgeCode, badgeCodeCandidates(q)));
}

const visited = () => exists(getDb().select({ one: sql`1` }).from(scans).where(and(eq(scans.eventId, attendees.eventId), eq(scans.attendeeId, attendees.id))));
const shared = () =>
  exists(getDb().select({ one: sql`1` }).from(currentConsent).where(and(eq(currentConsent.attendeeId, attendees.id), eq(currentConsent.action, "grant"))));

function filterWhere(filter: AttendeeFilter): SQL | undefined {
  if (filter === "shared") return shared();
  if (filter === "visited") return visited();
  if (filter === "not-visited") return not(visited());
  return undefined;
}

export function searchAttendees(actor: Actor, eventId: number, query: AttendeeQuery = {}): AttendeePage {
  requireOrganizerOf(actor, eventId);
  const { q, filter, page } = parseInput(AttendeeQuery, query);
  const db = getDb();
  const where = and(eq(attendees.eventId, eventId), isNull(attendees.erasedAt), searchWhere(q), filterWhere(filter));
  const total = db.select({ n: count() }).from(attendees).where(where).get()?.n ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const current = Math.min(page, pages);
  const rows = db
    .select({
      id: attendees.id,
      firstName: attendees.firstName,
      lastName: attendees.lastName,
      email: attendees.email,
      company: attendees.company,
      badgeCode: attendees.badgeCode,
    })
    .from(attendees)
    .where(where)
    .orderBy(asc(attendees.lastName), asc(attendees.firstName), asc(attendees.id))
    .limit(PAGE_SIZE)
    .offset((current - 1) * PAGE_SIZE)
    .all();
  const counts = pageCounts(eventId, rows.map((r) => r.id));
  return { rows: rows.map((r) => ({ ...r, visits: counts.visits.get(r.id) ?? 0, shares: counts.shares.get(r.id) ?? 0 })), total, page: current, pages, q, filter };
}

/** Booths visited and standing shares of one page's attendees: two grouped reads by index. */
function pageCounts(eventId: number, ids: number[]) {
  const db = getDb();
  const visits = db
    .select({ id: scans.attendeeId, n: countDistinct(scans.partnerId) })
    .from(scans)
    .where(and(eq(scans.eventId, eventId), inArray(scans.attendeeId, ids)))
    .groupBy(scans.attendeeId)
    .all();
  const shares = db
    .select({ id: currentConsent.attendeeId, n: count() })
    .from(currentConsent)
    .where(and(inArray(currentConsent.attendeeId, ids), eq(currentConsent.action, "grant")))
    .groupBy(currentConsent.attendeeId)
    .all();
  return { visits: new Map(visits.map((r) => [r.id, r.n])), shares: new Map(shares.map((r) => [r.id, r.n])) };
}
