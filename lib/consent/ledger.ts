// The consent ledger: append-only and hash-chained per event. Each row stores the hash of the
// event's previous row and its own hash over that and its content, so an edit or a deletion
// anywhere breaks the chain from there on (verifyLedger finds the first such row).
import { desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { consentEvents, type ConsentEvent } from "@/db/schema";
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
  return { id, hash };
}
