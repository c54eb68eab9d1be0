// Recomputes every event's hash chain and reports the first row that does not match, checking
// the chain against the event's signed checkpoints on the way (lib/ledger/check-checkpoints.ts,
// docs/decisions/020-signed-checkpoints.md, which also says what this cannot catch), that no row
// is dated after its receipt, and the stored notices and texts against their hashes.
import { and, asc, eq, gt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { consentEvents } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { requireOrganizerOf } from "../auth/access";
import { checkpointChecker, type PublicSigningKey } from "../ledger/check-checkpoints";
import { deviceTimeChecker } from "./check-device-times";
import { checkRecordedWords } from "./check-recorded-words";
import { entryHash } from "./ledger";
import { checkContents } from "./verify-contents";

export type LedgerProblem = {
  eventId: number;
  consentId: number;
  problem: "edited" | "broken-link" | "checkpoint" | "dated-after-receipt" | "content" | "words";
  detail: string;
};

export type LedgerReport = {
  eventId: number;
  rows: number;
  problem: LedgerProblem | null;
  /** Signed checkpoints of the event, and rows after the last one (not yet signed). */
  checkpoints: number;
  unsigned: number;
};

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

/** `key`: the checkpoints' public key; without it their signatures are not checked (their contents still are). */
export function verifyLedger(actor: Actor, eventId: number, key: PublicSigningKey | null = null): LedgerReport {
  requireOrganizerOf(actor, eventId);
  const signed = checkpointChecker(eventId, key);
  const datedAfterReceipt = deviceTimeChecker(eventId);
  const report = (rows: number, problem: LedgerProblem | null, unsigned = 0): LedgerReport => ({
    eventId,
    rows,
    problem,
    checkpoints: signed.checkpoints,
    unsigned,
  });
  let previous: string | null = null;
  let count = 0;
  let lastId = 0;
  for (const row of ledgerRows(eventId)) {
    count++;
    if ((row.prevHash ?? null) !== previous) {
      return report(count, {
        eventId,
        consentId: row.id,
        problem: "broken-link",
        detail: `row ${row.id} does not follow the row before it: a row before it was deleted or changed`,
      });
    }
    const { id: _id, prevHash: _p, hash, ...rest } = row;
    const expected = entryHash(previous, rest);
    if (hash !== expected) {
      return report(count, { eventId, consentId: row.id, problem: "edited", detail: `row ${row.id} was changed after it was written` });
    }
    const dated = datedAfterReceipt(row);
    if (dated) return report(count, { eventId, consentId: row.id, problem: "dated-after-receipt", detail: dated });
    const against = signed.afterRow(count, row);
    if (against) return report(count, { eventId, consentId: row.id, problem: "checkpoint", detail: against });
    previous = hash;
    lastId = row.id;
  }
  const end = signed.atEnd(count);
  if (end.problem) return report(count, { eventId, consentId: lastId, problem: "checkpoint", detail: end.problem }, end.unsigned);
  // What the rows point at: the partner's words and the notices, each against its hash.
  return report(count, checkRecordedWords(eventId) ?? checkContents(eventId), end.unsigned);
}
