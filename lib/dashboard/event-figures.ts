// The organizer's dashboard figures for one event, read in one snapshot with a handful of
// aggregate queries (GROUP BY over indexed columns, never a query per partner): time them with
// `npm run bench:dashboard`. Visits count whatever was decided; shares come from the standing
// decision of each attendee and partner, so a withdrawal after a share counts as not shared.
import { getDb } from "@/db/client";
import type { Actor } from "../auth/actor";
import { requireOrganizerOf } from "../auth/access";
import { summarizeDrawings, type DrawingSummary } from "../drawing/drawing-summary";
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

export type EventFigures = { at: Date; totals: EventTotals; hours: HourBucket[]; partners: PartnerFigures[]; drawings: DrawingSummary[] };

const TOTALS_SQL = `
  select (select count(*) from partners where event_id = @eventId) as partners,
         (select count(*) from devices where event_id = @eventId and revoked_at is null) as devices,
         (select count(*) from attendees where event_id = @eventId) as attendees,
         (select count(*) from scans where event_id = @eventId) as scans,
         (select count(distinct attendee_id) from scans where event_id = @eventId) as visitors`;

// Driven by the event's partners through scans_partner_attendee (covering, in partner order), so
// SQLite groups as it reads. A scan's partner always belongs to the scan's event.
const VISITS_SQL = `
  select partner_id as partnerId, count(*) as scans, count(distinct attendee_id) as visitors
    from scans where partner_id in (select id from partners where event_id = @eventId)
   group by partner_id`;

const PARTNERS_SQL = "select id, name, booth from partners where event_id = @eventId order by name, id";

export function eventFigures(actor: Actor, eventId: number, now = new Date()): EventFigures {
  requireOrganizerOf(actor, eventId);
  const sqlite = getDb().$client;
  // One read transaction: every figure comes from the same snapshot (WAL), so leads never
  // exceed decisions even while booths keep writing.
  return sqlite.transaction(() => {
    const counts = sqlite.prepare(TOTALS_SQL).get({ eventId }) as Omit<EventTotals, "leads" | "decided" | "shareRate" | "withdrawals">;
    const visits = new Map(
      (sqlite.prepare(VISITS_SQL).all({ eventId }) as { partnerId: number; scans: number; visitors: number }[]).map((v) => [v.partnerId, v]),
    );
    const decisions = standingDecisionsByPartner(eventId);
    const partners = (sqlite.prepare(PARTNERS_SQL).all({ eventId }) as { id: number; name: string; booth: string }[]).map((p) => ({
      ...p,
      scans: visits.get(p.id)?.scans ?? 0,
      visitors: visits.get(p.id)?.visitors ?? 0,
      decided: decisions.get(p.id)?.decided ?? 0,
      shared: decisions.get(p.id)?.shared ?? 0,
      withdrawn: decisions.get(p.id)?.withdrawn ?? 0,
    }));
    const sum = (key: "decided" | "shared" | "withdrawn") => partners.reduce((n, p) => n + p[key], 0);
    const decided = sum("decided");
    const leads = sum("shared");
    return {
      at: now,
      totals: { ...counts, leads, decided, shareRate: decided === 0 ? null : leads / decided, withdrawals: sum("withdrawn") },
      hours: hourWindow(scanHoursOf(eventId), now),
      partners,
      drawings: summarizeDrawings(actor, eventId, now),
    };
  })();
}
