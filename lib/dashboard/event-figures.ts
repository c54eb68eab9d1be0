// The organizer's dashboard figures for one event, read in one snapshot with a handful of
// aggregate queries (GROUP BY over indexed columns, never a query per partner): time them with
// `npm run bench:dashboard`. Visits count whatever was decided; shares come from the standing
// decision of each attendee and partner, so a withdrawal after a share counts as not shared.
import { and, asc, count, countDistinct, eq, inArray, isNull } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { attendees, devices, partners, scans } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { requireOrganizerOf } from "../auth/access";
import { summarizeDrawings, type DrawingSummary } from "../drawing/drawing-summary";
import { eventTimeZone } from "../events/event-time-zone";
import { phoneFlags, type PhoneFlags } from "./phone-flags";
import { phoneMisses, type PhoneMisses } from "./phone-misses";
import { hourWindow, scanHoursOf, type HourBucket } from "./scans-per-hour";
import { standingDecisionsByPartner } from "./standing-decisions";

export type PartnerFigures = {
  id: number;
  name: string;
  booth: string;
  scans: number;
  /** Distinct attendees scanned at this booth. */
  visitors: number;
  /** Attendees whose standing decision for this partner is a share, a decline or a withdrawal. */
  decided: number;
  shared: number;
  withdrawn: number;
};

export type EventTotals = {
  partners: number;
  /** Paired booth phones that were not revoked. */
  devices: number;
  attendees: number;
  scans: number;
  /** Distinct attendees scanned at any booth. */
  visitors: number;
  /** Attendee–partner pairs whose standing decision is a share: the current leads. */
  leads: number;
  /** Attendee–partner pairs with any decision. */
  decided: number;
  /** leads / decided, or null before the first decision. */
  shareRate: number | null;
  /** Pairs whose standing decision is a withdrawal. */
  withdrawals: number;
};

export type EventFigures = {
  at: Date;
  /** The event's zone the hours were counted in, and every time on the page is stated in (decision 044). */
  timeZone: string;
  totals: EventTotals;
  hours: HourBucket[];
  partners: PartnerFigures[];
  drawings: DrawingSummary[];
  /** Booth phones with patterns worth a look (phone-flags.ts); empty when nothing is unusual. */
  phones: PhoneFlags[];
  /** Booth phones with repeated badge codes not found, or refused lookups (phone-misses.ts). */
  misses: PhoneMisses[];
};

/** The event's counts, each one an indexed count. */
function totalsOf(db: Db, eventId: number): Omit<EventTotals, "leads" | "decided" | "shareRate" | "withdrawals"> {
  const n = (query: { get(): { n: number } | undefined }) => query.get()?.n ?? 0;
  return {
    partners: n(db.select({ n: count() }).from(partners).where(eq(partners.eventId, eventId))),
    devices: n(db.select({ n: count() }).from(devices).where(and(eq(devices.eventId, eventId), isNull(devices.revokedAt)))),
    attendees: n(db.select({ n: count() }).from(attendees).where(eq(attendees.eventId, eventId))),
    scans: n(db.select({ n: count() }).from(scans).where(eq(scans.eventId, eventId))),
    visitors: n(db.select({ n: countDistinct(scans.attendeeId) }).from(scans).where(eq(scans.eventId, eventId))),
  };
}

/**
 * Scans and distinct visitors per partner. Driven by the event's partners through
 * scans_partner_attendee (covering, in partner order), so SQLite groups as it reads. A scan's
 * partner always belongs to the scan's event.
 */
function visitsByPartner(db: Db, eventId: number) {
  const rows = db
    .select({ partnerId: scans.partnerId, scans: count(), visitors: countDistinct(scans.attendeeId) })
    .from(scans)
    .where(inArray(scans.partnerId, db.select({ id: partners.id }).from(partners).where(eq(partners.eventId, eventId))))
    .groupBy(scans.partnerId)
    .all();
  return new Map(rows.map((v) => [v.partnerId, v]));
}

export function eventFigures(actor: Actor, eventId: number, now = new Date()): EventFigures {
  requireOrganizerOf(actor, eventId);
  const db = getDb();
  // One read transaction: every figure comes from the same snapshot (WAL), so leads never
  // exceed decisions even while booths keep writing.
  return db.transaction(() => {
    const counts = totalsOf(db, eventId);
    const visits = visitsByPartner(db, eventId);
    const decisions = standingDecisionsByPartner(eventId);
    const listed = db
      .select({ id: partners.id, name: partners.name, booth: partners.booth })
      .from(partners)
      .where(eq(partners.eventId, eventId))
      .orderBy(asc(partners.name), asc(partners.id))
      .all();
    const partnerFigures = listed.map((p) => ({
      ...p,
      scans: visits.get(p.id)?.scans ?? 0,
      visitors: visits.get(p.id)?.visitors ?? 0,
      decided: decisions.get(p.id)?.decided ?? 0,
      shared: decisions.get(p.id)?.shared ?? 0,
      withdrawn: decisions.get(p.id)?.withdrawn ?? 0,
    }));
    const sum = (key: "decided" | "shared" | "withdrawn") => partnerFigures.reduce((n, p) => n + p[key], 0);
    const decided = sum("decided");
    const leads = sum("shared");
    const timeZone = eventTimeZone(eventId);
    return {
      at: now,
      timeZone,
      totals: { ...counts, leads, decided, shareRate: decided === 0 ? null : leads / decided, withdrawals: sum("withdrawn") },
      hours: hourWindow(scanHoursOf(eventId, timeZone), now, timeZone),
      partners: partnerFigures,
      drawings: summarizeDrawings(actor, eventId, now),
      phones: phoneFlags(eventId),
      misses: phoneMisses(eventId),
    };
  }, { behavior: "deferred" }); // reads only: one snapshot, no write lock
}
