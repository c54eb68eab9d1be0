// Who may win: entries whose attendee was scanned at enough distinct partner booths before the
// drawing closed, as received by the server within the grace period (docs/decisions/026). Visits count whatever the attendee decided about sharing: this module (like
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

/** The event's partners; with `asOf`, only those added by then (a partner added after the close does not move the bar). */
export function partnerCountOf(eventId: number, asOf?: Date): number {
  const where = asOf ? and(eq(partners.eventId, eventId), lte(partners.createdAt, asOf)) : eq(partners.eventId, eventId);
  return getDb().select({ n: count() }).from(partners).where(where).get()!.n;
}

/**
 * The rule in words, fixed at creation: it names no live count, so its text (hashed at the
 * freeze) says the same before and after partners are added. The freeze states the numbers.
 */
export function describeRule(drawing: Rule & { graceMinutes: number }): string {
  const parts: string[] = [];
  if (drawing.minFraction != null) parts.push(`${fractionWords(drawing.minFraction)} of the partners (counted as they stand at the close, rounded up)`);
  if (drawing.minPartners != null) parts.push(`${drawing.minPartners} or more`);
  return (
    `Scanned at ${parts.join(", and at least ")} distinct partner booths, whatever the attendee decided about sharing. ` +
    `A visit counts if it happened before the close and the server received it within ${drawing.graceMinutes} minutes after the close (phones that were offline); nothing received later counts.`
  );
}

function fractionWords(f: number): string {
  const named: Record<string, string> = { "0.25": "a quarter", "0.5": "half", "0.75": "three quarters", "1": "all" };
  return named[String(f)] ?? (Math.abs(f - 1 / 3) < 1e-9 ? "a third" : Math.abs(f - 2 / 3) < 1e-9 ? "two thirds" : `${Math.round(f * 1000) / 10}%`);
}

/** What counts is what happened before the closing time, or before now if it is earlier. */
export function cutoffOf(drawing: { closesAt: Date | null }, now: Date): Date {
  return drawing.closesAt && drawing.closesAt.getTime() < now.getTime() ? drawing.closesAt : now;
}

/** The last server receipt time that counts: the close plus the grace period (never later than now). */
export function receivedByOf(drawing: { closesAt: Date | null; graceMinutes: number }, now: Date): Date {
  if (!drawing.closesAt) return now;
  const by = drawing.closesAt.getTime() + drawing.graceMinutes * 60_000;
  return new Date(Math.min(by, now.getTime()));
}

/** What counts: visits made by `cutoff` (device time, clamped) and received by the server by `receivedBy`. */
export type Window = { cutoff: Date; receivedBy: Date };

export function isOpen(drawing: { closesAt: Date | null; drawnAt: Date | null; frozenAt?: Date | null }, now: Date): boolean {
  const closed = drawing.drawnAt !== null || (drawing.frozenAt ?? null) !== null;
  return !closed && (drawing.closesAt === null || drawing.closesAt.getTime() > now.getTime());
}

export type EntryVisits = { entryId: number; attendeeId: number; visits: number };

/** Distinct booths the attendee was scanned at up to the cutoff, as received by the server in time. */
const boothsVisited = (eventId: number, attendeeId: number | SQLiteColumn, w: Window) =>
  getDb()
    .select({ n: countDistinct(scans.partnerId) })
    .from(scans)
    .where(and(eq(scans.eventId, eventId), eq(scans.attendeeId, attendeeId), lte(scans.scannedAt, w.cutoff), lte(scans.receivedAt, w.receivedBy)));

/** Every entry made (server time) before the cutoff, with its attendee's distinct booths in the window. */
export function entryVisits(drawing: { id: number; eventId: number }, w: Window): EntryVisits[] {
  const cutoff = w.cutoff;
  // Correlated count over the (event_id, attendee_id, partner_id) index: one seek per entry.
  return getDb()
    .select({
      entryId: drawingEntries.id,
      attendeeId: drawingEntries.attendeeId,
      visits: sql<number>`${boothsVisited(drawing.eventId, drawingEntries.attendeeId, w)}`.mapWith(Number),
    })
    .from(drawingEntries)
    .where(and(eq(drawingEntries.drawingId, drawing.id), lte(drawingEntries.createdAt, cutoff)))
    .orderBy(asc(drawingEntries.id))
    .all();
}

/** Distinct booths where this attendee was scanned in the window. */
export function visitsBefore(eventId: number, attendeeId: number, w: Window): number {
  return boothsVisited(eventId, attendeeId, w).get()?.n ?? 0;
}

/** The window of a drawing not yet frozen, as it stands at `now`. */
export function windowAt(drawing: { closesAt: Date | null; graceMinutes: number }, now: Date): Window {
  return { cutoff: cutoffOf(drawing, now), receivedBy: receivedByOf(drawing, now) };
}
