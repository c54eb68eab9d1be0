// Recomputes every event's hash chain and reports the first row that does not match.
import { and, asc, eq, gt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { consentEvents } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { requireOrganizerOf } from "../auth/access";
import { entryHash } from "./ledger";

export type LedgerProblem = {
  eventId: number;
  consentId: number;
  problem: "edited" | "broken-link";
  detail: string;
};

export type LedgerReport = { eventId: number; rows: number; problem: LedgerProblem | null };

/** Rows read per query: an event's whole ledger (600,000 rows at the largest show) is never held at once. */
const PAGE = 5_000;

/** The event's ledger in id order, a page at a time (keyset: each page starts after the last id read). */
function* ledgerRows(eventId: number) {
  const page = getDb()
    .select()
    .from(consentEvents)
    .where(and(eq(consentEvents.eventId, eventId), gt(consentEvents.id, sql.placeholder("after"))))
    .orderBy(asc(consentEvents.id))
    .limit(PAGE)
    .prepare();
  for (let after = 0; ; ) {
    const rows = page.all({ after });
    yield* rows;
    if (rows.length < PAGE) return;
    after = rows.at(-1)!.id;
  }
}

export function verifyLedger(actor: Actor, eventId: number): LedgerReport {
  requireOrganizerOf(actor, eventId);
  const rows = ledgerRows(eventId);
  let previous: string | null = null;
  let count = 0;
  for (const row of rows) {
    count++;
    if ((row.prevHash ?? null) !== previous) {
      return {
        eventId,
        rows: count,
        problem: {
          eventId,
          consentId: row.id,
          problem: "broken-link",
          detail: `row ${row.id} does not follow the row before it: a row before it was deleted or changed`,
        },
      };
    }
    const { id: _id, prevHash: _p, hash, ...rest } = row;
    const expected = entryHash(previous, rest);
    if (hash !== expected) {
      return {
        eventId,
        rows: count,
        problem: { eventId, consentId: row.id, problem: "edited", detail: `row ${row.id} was changed after it was written` },
      };
    }
    previous = hash;
  }
  return { eventId, rows: count, problem: null };
}
