// Per partner: how many attendees decided, and how many of them stand at "shared" or
// "withdrawn" now. The standing decision of a pair is current_consent, the projection of the
// ledger that every append moves (lib/consent/ledger.ts, docs/decisions/012): one row per pair,
// so this is a GROUP BY over the event's pairs instead of a pass over its whole ledger.
import { getDb } from "@/db/client";

export type PartnerDecisions = { decided: number; shared: number; withdrawn: number };

const STANDING_SQL = `
  select cc.partner_id as partnerId, count(*) as decided,
         sum(cc.action = 'grant') as shared, sum(cc.action = 'withdraw') as withdrawn
    from current_consent cc join partners p on p.id = cc.partner_id
   where p.event_id = ?
   group by cc.partner_id`;

/** The event's standing decisions counted per partner. The caller has checked the actor. */
export function standingDecisionsByPartner(eventId: number): Map<number, PartnerDecisions> {
  const rows = getDb().$client.prepare(STANDING_SQL).all(eventId) as ({ partnerId: number } & PartnerDecisions)[];
  return new Map(rows.map(({ partnerId, ...counts }) => [partnerId, counts]));
}
