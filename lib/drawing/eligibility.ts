// Who may win: entries whose attendee was scanned at enough distinct partner booths before the
// drawing closed. Visits count whatever the attendee decided about sharing: this module (like
// all of lib/drawing) never reads the consent ledger. Callers have checked the actor already.
import { and, asc, count, countDistinct, eq, lte, sql } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { getDb } from "@/db/client";
import { drawingEntries, partners, scans } from "@/db/schema";

type Rule = { minPartners: number | null; minFraction: number | null };

/** Distinct partners a visitor must have been scanned at. */
export function requiredVisits(drawing: Rule, partnerCount: number): number {
  // Round the product first: 0.3 * 10 is 3.0000000000000004 in floating point, which is 3, not 4.
  const fromFraction = drawing.minFraction === null ? 0 : Math.ceil(Number((drawing.minFraction * partnerCount).toFixed(9)));
  return Math.max(drawing.minPartners ?? 0, fromFraction, 1);
}

export function partnerCountOf(eventId: number): number {
  return getDb().select({ n: count() }).from(partners).where(eq(partners.eventId, eventId)).get()!.n;
}

/** The rule in words, for pages and the published result. */
export function describeRule(drawing: Rule, partnerCount: number): string {
  const required = requiredVisits(drawing, partnerCount);
  const why: string[] = [];
  if (drawing.minFraction != null) why.push(`${fractionWords(drawing.minFraction)} of the ${partnerCount} partners`);
  if (drawing.minFraction != null && drawing.minPartners != null) why.push(`and at least ${drawing.minPartners}`);
  const booths = `${required} or more distinct partner booths`;
  return `Scanned at ${booths}${why.length ? ` (${why.join(" ")})` : ""}, whatever the attendee decided about sharing.`;
}

function fractionWords(f: number): string {
  const named: Record<string, string> = { "0.25": "a quarter", "0.5": "half", "0.75": "three quarters", "1": "all" };
  return named[String(f)] ?? (Math.abs(f - 1 / 3) < 1e-9 ? "a third" : Math.abs(f - 2 / 3) < 1e-9 ? "two thirds" : `${Math.round(f * 1000) / 10}%`);
}

/** What counts is what happened before the closing time, or before now if it is earlier. */
export function cutoffOf(drawing: { closesAt: Date | null }, now: Date): Date {
  return drawing.closesAt && drawing.closesAt.getTime() < now.getTime() ? drawing.closesAt : now;
}

export function isOpen(drawing: { closesAt: Date | null; drawnAt: Date | null }, now: Date): boolean {
  return drawing.drawnAt === null && (drawing.closesAt === null || drawing.closesAt.getTime() > now.getTime());
}

export type EntryVisits = { entryId: number; attendeeId: number; visits: number };

/** Distinct booths the attendee was scanned at up to the cutoff. */
const boothsVisited = (eventId: number, attendeeId: number | SQLiteColumn, cutoff: Date) =>
  getDb()
    .select({ n: countDistinct(scans.partnerId) })
    .from(scans)
    .where(and(eq(scans.eventId, eventId), eq(scans.attendeeId, attendeeId), lte(scans.scannedAt, cutoff)));

/** Every entry made before the cutoff, with its attendee's distinct booths scanned before it. */
export function entryVisits(drawing: { id: number; eventId: number }, cutoff: Date): EntryVisits[] {
  // Correlated count over the (event_id, attendee_id, partner_id) index: one seek per entry.
  return getDb()
    .select({
      entryId: drawingEntries.id,
      attendeeId: drawingEntries.attendeeId,
      visits: sql<number>`${boothsVisited(drawing.eventId, drawingEntries.attendeeId, cutoff)}`.mapWith(Number),
    })
    .from(drawingEntries)
    .where(and(eq(drawingEntries.drawingId, drawing.id), lte(drawingEntries.createdAt, cutoff)))
    .orderBy(asc(drawingEntries.id))
    .all();
}

/** Distinct booths where this attendee was scanned before the cutoff. */
export function visitsBefore(eventId: number, attendeeId: number, cutoff: Date): number {
  return boothsVisited(eventId, attendeeId, cutoff).get()?.n ?? 0;
}
