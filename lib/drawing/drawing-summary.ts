// Drawing figures for the organizer. Eligibility counts visits (distinct booths scanned),
// whatever the attendee decided about sharing: this module never reads the consent ledger.
import { asc, count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { drawings, partners } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { requireOrganizerOf } from "../auth/access";

export type DrawingSummary = {
  id: number;
  name: string;
  prize: string;
  required: number;
  entries: number;
  eligible: number;
};

/** Distinct partners a visitor must have been scanned at. */
export function requiredVisits(drawing: { minPartners: number | null; minFraction: number | null }, partnerCount: number): number {
  const fromFraction = drawing.minFraction === null ? 0 : Math.ceil(drawing.minFraction * partnerCount);
  return Math.max(drawing.minPartners ?? 0, fromFraction, 1);
}

export function summarizeDrawings(actor: Actor, eventId: number): DrawingSummary[] {
  requireOrganizerOf(actor, eventId);
  const db = getDb();
  const partnerCount = db.select({ n: count() }).from(partners).where(eq(partners.eventId, eventId)).get()!.n;
  const visitsPerEntry = db.$client.prepare(
    `select e.attendee_id as attendeeId,
            (select count(distinct s.partner_id) from scans s where s.event_id = ? and s.attendee_id = e.attendee_id) as visits
     from drawing_entries e where e.drawing_id = ?`,
  );
  return db
    .select()
    .from(drawings)
    .where(eq(drawings.eventId, eventId))
    .orderBy(asc(drawings.id))
    .all()
    .map((d) => {
      const required = requiredVisits(d, partnerCount);
      const entries = visitsPerEntry.all(eventId, d.id) as { attendeeId: number; visits: number }[];
      return {
        id: d.id,
        name: d.name,
        prize: d.prize,
        required,
        entries: entries.length,
        eligible: entries.filter((e) => e.visits >= required).length,
      };
    });
}

/** Distinct booths where this attendee was scanned. */
export function visitsOf(actor: Actor, eventId: number, attendeeId: number): number {
  requireOrganizerOf(actor, eventId);
  const row = getDb()
    .$client.prepare("select count(distinct partner_id) as n from scans where event_id = ? and attendee_id = ?")
    .get(eventId, attendeeId) as { n: number };
  return row.n;
}
