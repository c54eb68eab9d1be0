// The mail consent decisions cause, read from the ledger: the ledger is the queue. A share is
// confirmed to the attendee (one message per grant), a withdrawal is told to the partner
// (batched: it joins the partner's waiting notice), a lapse is told to the attendee with a
// link to decide again (one per lapse row: a partner change lapses a pair once). The sender calls this at the start of each
// pass (send-due-mail.ts), so the booth's write path only appends its ledger row. The outbox
// rows and the cursor past their ledger rows are written in one transaction: after a crash,
// either both are there or neither, and the next pass starts where the last one committed.
// Each message is dated by its decision's receipt, so the batch's delay and the organizer's
// Mail page read as if it had been enqueued with the decision (docs/decisions/021).
import { asc, eq, gt, max } from "drizzle-orm";
import { getDb } from "@/db/client";
import { excluded } from "@/db/excluded";
import { consentEvents, mailLedgerCursor, type ConsentAction, type ConsentMethod } from "@/db/schema";
import { addToOutbox } from "./enqueue-mail";
import type { MailKindName } from "./kinds";
import { LAPSE_NOTICE } from "./lapse-notice";
import { PARTNER_WITHDRAWALS } from "./partner-withdrawals";

/** At most this many ledger rows a call (~8 µs of CPU each, and the commit): a backlog is read in slices, never in one long stall of the server's thread. */
export const LEDGER_ROWS_PER_PASS = 250;

type LedgerRow = { id: number; eventId: number; partnerId: number; action: ConsentAction; method: ConsentMethod; at: Date };

/** The message a ledger row causes, and its subject, if any (a decline causes none). */
function mailOf(row: LedgerRow): { kind: MailKindName; ref: number } | null {
  if (row.action === "grant") return { kind: "share_confirmation", ref: row.id };
  if (row.action === "withdraw") return { kind: PARTNER_WITHDRAWALS, ref: row.partnerId };
  // A lapse by erasure has no one left to tell: the attendee's address is gone (docs/decisions/027).
  if (row.action === "lapse") return row.method === "partner_change" ? { kind: LAPSE_NOTICE, ref: row.id } : null;
  return null;
}

const cursorNow = (): number | undefined => getDb().select({ id: mailLedgerCursor.consentId }).from(mailLedgerCursor).where(eq(mailLedgerCursor.id, 1)).get()?.id;

const rowsAfter = (after: number, limit: number): LedgerRow[] =>
  getDb()
    .select({ id: consentEvents.id, eventId: consentEvents.eventId, partnerId: consentEvents.partnerId, action: consentEvents.action, method: consentEvents.method, at: consentEvents.recordedAt })
    .from(consentEvents)
    .where(gt(consentEvents.id, after))
    .orderBy(asc(consentEvents.id))
    .limit(limit)
    .all();

/**
 * Enqueues the mail of the ledger rows after the cursor; returns how many ledger rows it read.
 * The rows are read before the write transaction (ledger rows never change), so the write lock
 * the booths also wait for is held only for the outbox rows and the commit; if another sender
 * moved the cursor meanwhile, they are read again inside it.
 */
export function enqueueLedgerMail(limit = LEDGER_ROWS_PER_PASS): number {
  const db = getDb();
  const seen = cursorNow();
  const early = seen === undefined ? null : rowsAfter(seen, limit);
  return db.transaction(() => {
    const cursor = cursorNow();
    // No cursor (never, after migration 0017): start at the ledger's end as the migration does,
    // rather than mail every decision ever recorded.
    const after = cursor ?? db.select({ id: max(consentEvents.id) }).from(consentEvents).get()?.id ?? 0;
    const rows = early && cursor === seen ? early : rowsAfter(after, limit);
    if (rows.length === 0) {
      if (cursor === undefined) moveCursor(after);
      return 0;
    }
    for (const row of rows) {
      const mail = mailOf(row);
      if (mail) addToOutbox(row.eventId, mail.kind, mail.ref, row.at);
    }
    moveCursor(rows.at(-1)!.id);
    return rows.length;
  });
}

function moveCursor(consentId: number): void {
  getDb()
    .insert(mailLedgerCursor)
    .values({ id: 1, consentId })
    .onConflictDoUpdate({ target: mailLedgerCursor.id, set: { consentId: excluded(mailLedgerCursor.consentId) } })
    .run();
}
