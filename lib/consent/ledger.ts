// The consent ledger: append-only and hash-chained per event. Each row stores the hash of the
// event's previous row and its own hash over that and its content, so an edit or a deletion
// anywhere breaks the chain from there on (verifyLedger finds the first such row).
// Each append also moves the pair's standing decision (current_consent) in the same transaction.
import { getDb } from "@/db/client";
import type { ConsentEvent } from "@/db/schema";
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

// The append's statements, in SQL: this is the booth's hot path, where building drizzle queries
// cost more than running them (docs/decisions/010-offline-sync.md). db/client.ts compiles each once.
const HEAD_SQL = "select hash from consent_events where event_id = ? order by id desc limit 1";
const APPEND_SQL = `insert into consent_events (event_id, attendee_id, partner_id, action, notice_id, text_sha256, language,
  method, device_id, scan_id, client_id, occurred_at, recorded_at, prev_hash, hash)
  values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id`;
/**
 * The new row becomes the pair's standing decision unless the standing one supersedes it by
 * the ledger's order (ledger-order.ts latestFirst): the later occurred_at wins, a withdrawal
 * wins a tie, then the later row, and the new row is always the later one. An offline phone's
 * older decision that arrives after a newer one is recorded and stays superseded.
 */
const MOVE_STANDING_SQL = `insert into current_consent (partner_id, attendee_id, event_id, consent_id, action, occurred_at, notice_id, language, device_id)
  values (?, ?, ?, ?, ?, ?, ?, ?, ?)
  on conflict (partner_id, attendee_id) do update set consent_id = excluded.consent_id, action = excluded.action,
    occurred_at = excluded.occurred_at, notice_id = excluded.notice_id, language = excluded.language, device_id = excluded.device_id
  where excluded.occurred_at > current_consent.occurred_at
    or (excluded.occurred_at = current_consent.occurred_at and (excluded.action = 'withdraw') >= (current_consent.action = 'withdraw'))`;

/**
 * Appends one row and moves the pair's standing decision. Call inside an IMMEDIATE transaction
 * on the process's connection, so no other writer can append between reading the chain's head
 * and writing the new row.
 */
export function appendToLedger(entry: LedgerEntry): { id: number; hash: string } {
  const sqlite = getDb().$client;
  const head = sqlite.prepare(HEAD_SQL).get(entry.eventId) as { hash: string } | undefined;
  const prevHash = head?.hash ?? null;
  const hash = entryHash(prevHash, entry);
  const e = entry; // short, for the long argument lists below
  const [deviceId, occurredAt] = [e.deviceId ?? null, e.occurredAt.getTime()];
  const { id } = sqlite
    .prepare(APPEND_SQL)
    .get(e.eventId, e.attendeeId, e.partnerId, e.action, e.noticeId, e.textSha256, e.language, e.method, deviceId,
      e.scanId ?? null, e.clientId ?? null, occurredAt, e.recordedAt.getTime(), prevHash, hash) as { id: number };
  sqlite.prepare(MOVE_STANDING_SQL).run(e.partnerId, e.attendeeId, e.eventId, id, e.action, occurredAt, e.noticeId, e.language, deviceId);
  return { id, hash };
}
