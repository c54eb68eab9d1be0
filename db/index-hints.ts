// SQLite index hints, named in one place. Drizzle's query builder cannot say `INDEXED BY`, and
// PostgreSQL has no such clause: a dialect that follows drops the hint and keeps the query.
import { sql } from "drizzle-orm";
import { consentEvents } from "./schema";

/**
 * consent_events read through its pair index (db/schema/consent.ts, consent_events_pair). Left
 * to itself the planner reads a pair's rows through consent_events_attendee and sorts them; the
 * pair index holds them in the ledger's order already, which halved the suppression lists'
 * share of the biggest ZIP export (docs/benchmarks/export.md).
 */
export const consentEventsByPair = sql`${consentEvents} indexed by consent_events_pair`;
