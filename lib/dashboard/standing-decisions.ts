// Per partner: how many attendees decided, and how many of them stand at "shared" or
// "withdrawn" now. The standing decision of a pair is the rule of lib/consent/current-consent.ts
// (latest occurred_at, a withdrawal wins a tie, then the later ledger row), computed here for a
// whole event in one GROUP BY instead of IS_LATEST's subquery per ledger row: on 600,000 ledger
// rows the subquery takes seconds, the grouping about one (docs/decisions/007-dashboard-figures.md).
import { getDb } from "@/db/client";

export type PartnerDecisions = { decided: number; shared: number; withdrawn: number };

/**
 * A text that sorts like latestFirst() reversed: the pair's greatest key is its standing decision.
 * Fixed widths (15 digits hold any millisecond time and row id SQLite can store here) make text
 * order equal number order.
 */
export const STANDING_KEY = (t: string) => `printf('%015d%d%015d', ${t}.occurred_at, ${t}.action = 'withdraw', ${t}.id)`;

// SQLite takes the bare columns of an aggregate query with a single max() from the row that has
// the max (https://www.sqlite.org/lang_select.html#bareagg), so `action` is the standing action.
// INDEXED BY: left to itself SQLite 3.51 walks the whole consent_events_pair index (every event's
// ledger, in pair order, one random row read each) to save the sort; reading this event's rows
// in ledger order and sorting them is 3-4 times faster on a large event and does not grow with
// the other events in the file.
const STANDING_SQL = `
  select partner_id as partnerId, count(*) as decided,
         sum(action = 'grant') as shared, sum(action = 'withdraw') as withdrawn
    from (select ce.partner_id, ce.action, max(${STANDING_KEY("ce")}) as k
            from consent_events ce indexed by consent_events_event where ce.event_id = ?
           group by ce.partner_id, ce.attendee_id)
   group by partner_id`;

/** The event's standing decisions counted per partner. The caller has checked the actor. */
export function standingDecisionsByPartner(eventId: number): Map<number, PartnerDecisions> {
  const rows = getDb().$client.prepare(STANDING_SQL).all(eventId) as ({ partnerId: number } & PartnerDecisions)[];
  return new Map(rows.map(({ partnerId, ...counts }) => [partnerId, counts]));
}
