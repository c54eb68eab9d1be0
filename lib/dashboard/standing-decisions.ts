// Per partner: how many attendees decided, and how many of them stand at "shared" or
// "withdrawn" now. The standing decision of a pair is current_consent, the projection of the
// ledger that every append moves (lib/consent/ledger.ts, docs/decisions/012): one row per pair,
// so this is a GROUP BY over the event's pairs instead of a pass over its whole ledger.
import { count, eq, sql, type SQLWrapper } from "drizzle-orm";
import { getDb } from "@/db/client";
import { currentConsent, partners } from "@/db/schema";

export type PartnerDecisions = { decided: number; shared: number; withdrawn: number };

/** Rows of the group for which the condition holds. */
const countWhere = (condition: SQLWrapper) => sql<number>`sum(case when ${condition} then 1 else 0 end)`.mapWith(Number);

/** The event's standing decisions counted per partner. The caller has checked the actor. */
export function standingDecisionsByPartner(eventId: number): Map<number, PartnerDecisions> {
  const rows = getDb()
    .select({
      partnerId: currentConsent.partnerId,
      decided: count(),
      shared: countWhere(eq(currentConsent.action, "grant")),
      withdrawn: countWhere(eq(currentConsent.action, "withdraw")),
    })
    .from(currentConsent)
    .innerJoin(partners, eq(partners.id, currentConsent.partnerId))
    .where(eq(partners.eventId, eventId))
    .groupBy(currentConsent.partnerId)
    .all();
  return new Map(rows.map(({ partnerId, ...counts }) => [partnerId, counts]));
}
