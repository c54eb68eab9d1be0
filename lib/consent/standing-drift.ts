// current_consent is a projection of the ledger (ledger.ts moves it with every append). This
// rebuilds the projection from the ledger alone (each pair's newest row: docs/decisions/018), and
// compares: verify-ledger reports a pair whose stored standing decision the ledger does not
// give, so an edit of the projection cannot go unnoticed (docs/decisions/012).
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb, type Db } from "@/db/client";
import { consentEvents, currentConsent } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { requireOrganizerOf } from "../auth/access";

const ce = alias(consentEvents, "ce");

/**
 * Each pair's standing decision as the ledger gives it, with current_consent's columns in its
 * order. A window function (one pass, no lookups): the builder has none, so `row_number()` is
 * the one SQL fragment here (standard SQL; PostgreSQL runs it as written).
 */
function standingFromLedger(db: Db, eventId: number) {
  const ranked = db
    .select({
      partnerId: ce.partnerId,
      attendeeId: ce.attendeeId,
      eventId: ce.eventId,
      consentId: sql<number>`${ce.id}`.as("consent_id"),
      action: ce.action,
      recordedAt: ce.recordedAt,
      noticeId: ce.noticeId,
      language: ce.language,
      deviceId: ce.deviceId,
      rn: sql<number>`row_number() over (partition by ${ce.partnerId}, ${ce.attendeeId} order by ${ce.id} desc)`.as("rn"),
    })
    .from(ce)
    .where(eq(ce.eventId, eventId))
    .as("ranked");
  const { partnerId, attendeeId, eventId: event, consentId, action, recordedAt, noticeId, language, deviceId, rn } = ranked;
  return db
    .select({ partnerId, attendeeId, eventId: event, consentId, action, recordedAt, noticeId, language, deviceId })
    .from(ranked)
    .where(eq(rn, 1));
}

function storedStanding(db: Db, eventId: number) {
  const { partnerId, attendeeId, eventId: event, consentId, action, recordedAt, noticeId, language, deviceId } = currentConsent;
  return db
    .select({ partnerId, attendeeId, eventId: event, consentId, action, recordedAt, noticeId, language, deviceId })
    .from(currentConsent)
    .where(eq(event, eventId));
}

export type StandingDrift = { partnerId: number; attendeeId: number; ledger: number | null; stored: number | null };

/** The first pair whose stored standing decision differs from the ledger's, or null. */
export function findStandingDrift(actor: Actor, eventId: number): StandingDrift | null {
  requireOrganizerOf(actor, eventId);
  const db = getDb();
  // The first differing pair either way round: a row only the ledger gives, or only the projection holds.
  const first = [
    standingFromLedger(db, eventId).except(storedStanding(db, eventId)),
    storedStanding(db, eventId).except(standingFromLedger(db, eventId)),
  ]
    .map((diff) => diff.orderBy(asc(currentConsent.partnerId), asc(currentConsent.attendeeId)).limit(1).get())
    .filter((pair) => pair !== undefined)
    .sort((a, b) => a.partnerId - b.partnerId || a.attendeeId - b.attendeeId)[0];
  if (!first) return null;
  const pair = (t: typeof ce | typeof currentConsent) => and(eq(t.partnerId, first.partnerId), eq(t.attendeeId, first.attendeeId));
  const ledger = db.select({ id: ce.id }).from(ce).where(pair(ce)).orderBy(desc(ce.id)).limit(1).get();
  const stored = db.select({ id: currentConsent.consentId }).from(currentConsent).where(pair(currentConsent)).get();
  return { partnerId: first.partnerId, attendeeId: first.attendeeId, ledger: ledger?.id ?? null, stored: stored?.id ?? null };
}

/** Rebuilds an event's projection from its ledger (bulk loads that bypass ledger.ts: benchmarks). */
export function rebuildStanding(db: Db, eventId: number): void {
  db.transaction(() => {
    db.delete(currentConsent).where(eq(currentConsent.eventId, eventId)).run();
    db.insert(currentConsent).select(standingFromLedger(db, eventId)).run();
  });
}
