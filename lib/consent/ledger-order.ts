// The ledger's order: the one rule for which of a pair's decisions stands (docs/decisions/003):
// the later occurred_at, then a withdrawal over anything else at the same time, then the later
// row. Written once here, as the terms of a row value: ORDER BY for reads (latestFirst) and the
// comparison current_consent's upsert keeps (SUPERSEDES_STANDING). Migration 0007 backfilled the
// projection by the same order; migrations are history and are not regenerated from this.
// Imports only the schema (no client), so the export's reader threads can use it.
import { getTableName } from "drizzle-orm";
import { consentEvents, currentConsent } from "@/db/schema/consent";

type Named = { name: string };
const ledger = { occurredAt: consentEvents.occurredAt, action: consentEvents.action, id: consentEvents.id };
const standing = { occurredAt: currentConsent.occurredAt, action: currentConsent.action, id: currentConsent.consentId };

/** The order's terms for table alias `t`, most significant first; greater supersedes. */
const terms = (t: string, c: Record<keyof typeof ledger, Named>) => [`${t}.${c.occurredAt.name}`, `(${t}.${c.action.name} = 'withdraw')`, `${t}.${c.id.name}`];

/** A pair's decisions (consent_events as `t`), the standing one first. */
export const latestFirst = (t: string) => terms(t, ledger).map((term) => `${term} desc`).join(", ");

/**
 * In current_consent's upsert: the proposed row (`excluded`) supersedes the standing one. Row
 * values compare term by term (SQLite ≥ 3.15, PostgreSQL alike). The proposed row is always
 * the later one, so it wins a tie of time and action.
 */
export const SUPERSEDES_STANDING = `(${terms("excluded", standing).join(", ")}) > (${terms(`"${getTableName(currentConsent)}"`, standing).join(", ")})`;
