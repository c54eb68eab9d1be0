// The retention purge: every attendee of an event whose retention period has passed is erased
// (erase-attendee-rows.ts). One IMMEDIATE transaction per attendee, so a crash leaves each one
// fully erased or untouched, and a re-run picks up the ones left (erased ones are skipped).
// Each event's run ends with one audit row of its counts; a dry run counts and writes nothing.
import { and, asc, eq, isNull } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { attendees, events, type ErasureCause } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { AppError, notFound } from "../errors";
import { addCounts, countErasure } from "./count-erasure";
import { NO_ERASURE, eraseAttendeeRows, type ErasureCounts } from "./erase-attendee-rows";
import { isPurgeDue, purgeDateOf } from "./purge-date";

export type PurgeOptions = {
  /** One event by slug; all events without. */
  slug?: string;
  dryRun?: boolean;
  now?: Date;
  /** At most this many attendees erased in the run (the server's schedule works in slices). */
  limit?: number;
  /** What started the run, for the audit row. */
  trigger?: "cli" | "schedule";
  /** Erases one attendee inside its transaction (default eraseAttendeeRows): a fault test passes one that fails part-way. */
  eraseOne?: (db: Db, eventId: number, attendeeId: number, cause: ErasureCause, now: Date) => ErasureCounts;
};

export type EventPurge = { slug: string; purgeAt: Date | null; due: boolean; counts: ErasureCounts };

/** The operator's work (the CLI, the server's schedule): no organizer or attendee starts a purge. */
export function purgeExpired(actor: Actor, opts: PurgeOptions = {}): EventPurge[] {
  if (actor.kind !== "operator") throw new AppError("forbidden", "Only the operator runs the retention purge.");
  const { dryRun = false, now = new Date(), trigger = "cli", eraseOne = eraseAttendeeRows } = opts;
  const db = getDb();
  const list = db
    .select({ id: events.id, slug: events.slug, startsOn: events.startsOn, endsOn: events.endsOn, retentionDays: events.retentionDays })
    .from(events)
    .where(opts.slug === undefined ? undefined : eq(events.slug, opts.slug))
    .orderBy(asc(events.id))
    .all();
  if (opts.slug !== undefined && list.length === 0) throw notFound(`The event "${opts.slug}"`);
  let budget = opts.limit ?? Number.POSITIVE_INFINITY;
  return list.map((event) => {
    const due = isPurgeDue(event, now);
    const report: EventPurge = { slug: event.slug, purgeAt: purgeDateOf(event), due, counts: NO_ERASURE };
    if (!due || budget <= 0) return report;
    const left = db
      .select({ id: attendees.id })
      .from(attendees)
      .where(and(eq(attendees.eventId, event.id), isNull(attendees.erasedAt)))
      .orderBy(asc(attendees.id))
      .limit(Number.isFinite(budget) ? budget : -1)
      .all();
    if (!dryRun) budget -= left.length;
    let interrupted = true;
    try {
      for (const { id } of left) {
        const counts = dryRun
          ? countErasure(db, event.id, id)
          : db.transaction(() => eraseOne(db, event.id, id, "retention", now), { behavior: "immediate" });
        report.counts = addCounts(report.counts, counts);
      }
      interrupted = false;
    } finally {
      // Written even when the run stops part-way: what it did is committed, and said.
      if (!dryRun) {
        db.transaction((tx) => recordAudit(tx, actor, event.id, "retention.purge", `event ${event.id}`, { trigger, ...report.counts, ...(interrupted && { interrupted }) }));
      }
    }
    return report;
  });
}
