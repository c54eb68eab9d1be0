// The consent ledger: append-only and hash-chained per event. Each row stores the hash of the
// event's previous row and its own hash over that and its content, so an edit or a deletion
// anywhere breaks the chain from there on (verifyLedger finds the first such row).
// Each append also moves the pair's standing decision (current_consent) in the same transaction.
import { desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { consentEvents, currentConsent, type ConsentEvent } from "@/db/schema";
import { sha256Hex } from "../crypto";

export type LedgerEntry = Omit<ConsentEvent, "id" | "prevHash" | "hash">;

/** The fields a row's hash covers, in a fixed order; times as epoch milliseconds. */
export function canonicalEntry(e: LedgerEntry): string {
  return JSON.stringify([
    e.eventId,
    e.attendeeId,
    e.partnerId,
    e.action,
    e.noticeId,
    e.textSha256,
    e.language,
    e.method,
    e.deviceId ?? null,
    e.scanId ?? null,
    e.clientId ?? null,
    e.occurredAt.getTime(),
    e.recordedAt.getTime(),
  ]);
}

export function entryHash(prevHash: string | null, entry: LedgerEntry): string {
  return sha256Hex(`${prevHash ?? ""}\n${canonicalEntry(entry)}`);
}

/**
 * Appends one row. Call inside an IMMEDIATE transaction, so no other writer can append
 * between reading the chain's head and writing the new row.
 */
export function appendToLedger(tx: Pick<Db, "select" | "insert">, entry: LedgerEntry): { id: number; hash: string } {
  const head = tx
    .select({ hash: consentEvents.hash })
    .from(consentEvents)
    .where(eq(consentEvents.eventId, entry.eventId))
    .orderBy(desc(consentEvents.id))
    .limit(1)
    .get();
  const prevHash = head?.hash ?? null;
  const hash = entryHash(prevHash, entry);
  const { id } = tx.insert(consentEvents).values({ ...entry, prevHash, hash }).returning({ id: consentEvents.id }).get();
  moveStandingDecision(tx, id, entry);
  return { id, hash };
}

/**
 * The new row becomes the pair's standing decision unless the standing one supersedes it by
 * the ledger's order (current-consent.ts latestFirst): the later occurred_at wins, a withdrawal
 * wins a tie, then the later row, and the new row is always the later one. An offline phone's
 * older decision that arrives after a newer one is recorded and stays superseded.
 */
function moveStandingDecision(tx: Pick<Db, "insert">, consentId: number, e: LedgerEntry): void {
  const values = {
    partnerId: e.partnerId,
    attendeeId: e.attendeeId,
    eventId: e.eventId,
    consentId,
    action: e.action,
    occurredAt: e.occurredAt,
    noticeId: e.noticeId,
    language: e.language,
    deviceId: e.deviceId ?? null,
  };
  const { partnerId: _p, attendeeId: _a, eventId: _e, ...moved } = values;
  const newer = sql`excluded.occurred_at > ${currentConsent.occurredAt}
    or (excluded.occurred_at = ${currentConsent.occurredAt} and (excluded.action = 'withdraw') >= (${currentConsent.action} = 'withdraw'))`;
  tx.insert(currentConsent)
    .values(values)
    .onConflictDoUpdate({ target: [currentConsent.partnerId, currentConsent.attendeeId], set: moved, setWhere: newer })
    .run();
}
