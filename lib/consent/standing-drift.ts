// current_consent is a projection of the ledger (ledger.ts moves it with every append). This
// rebuilds the projection from the ledger alone, by the ledger's order (latestFirst), and
// compares: verify-ledger reports a pair whose stored standing decision the ledger does not
// give, so an edit of the projection cannot go unnoticed (docs/decisions/012).
import type Database from "better-sqlite3";
import { getDb } from "@/db/client";
import type { Actor } from "../auth/actor";
import { requireOrganizerOf } from "../auth/access";
import { latestFirst } from "./ledger-order";

/** Each pair's standing decision as the ledger gives it (window function: one pass, no lookups). */
export const STANDING_FROM_LEDGER = `
  select partner_id, attendee_id, event_id, id as consent_id, action, occurred_at, notice_id, language, device_id from (
    select ce.*, row_number() over (partition by ce.partner_id, ce.attendee_id order by ${latestFirst("ce")}) as rn
    from consent_events ce where ce.event_id = ?
  ) where rn = 1`;

export type StandingDrift = { partnerId: number; attendeeId: number; ledger: number | null; stored: number | null };

/** The first pair whose stored standing decision differs from the ledger's, or null. */
export function findStandingDrift(actor: Actor, eventId: number): StandingDrift | null {
  requireOrganizerOf(actor, eventId);
  const derived = `select partner_id, attendee_id, consent_id, action, occurred_at, notice_id, language, device_id from (${STANDING_FROM_LEDGER})`;
  const stored = `select partner_id, attendee_id, consent_id, action, occurred_at, notice_id, language, device_id
    from current_consent where event_id = ?`;
  const row = getDb()
    .$client.prepare(
      `with diff as (select * from (${derived} except ${stored}) union all select * from (${stored} except ${derived}))
       select d.partner_id as partnerId, d.attendee_id as attendeeId,
              (select l.consent_id from (${STANDING_FROM_LEDGER}) l where l.partner_id = d.partner_id and l.attendee_id = d.attendee_id) as ledger,
              (select c.consent_id from current_consent c where c.partner_id = d.partner_id and c.attendee_id = d.attendee_id) as stored
       from diff d order by d.partner_id, d.attendee_id limit 1`,
    )
    .get(eventId, eventId, eventId, eventId, eventId) as StandingDrift | undefined;
  return row ?? null;
}

/** Rebuilds an event's projection from its ledger (bulk loads that bypass ledger.ts: benchmarks). */
export function rebuildStanding(sqlite: Database.Database, eventId: number): void {
  sqlite.prepare("delete from current_consent where event_id = ?").run(eventId);
  sqlite.prepare(`insert into current_consent ${STANDING_FROM_LEDGER}`).run(eventId);
}
