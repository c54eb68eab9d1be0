// The consent ledger: append-only and hash-chained per event. Each row stores the hash of the
// event's previous row and its own hash over that and its content, so an edit or a deletion
// anywhere breaks the chain from there on (verifyLedger finds the first such row).
// Each append also moves the pair's standing decision (current_consent) in the same transaction.
import { desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { excluded } from "@/db/excluded";
import { prepared } from "@/db/prepared";
import { consentEvents, currentConsent, type ConsentEvent } from "@/db/schema";
import { sha256Hex } from "../crypto";
import { checkpointSoon } from "../ledger/checkpoint-soon";
import { SUPERSEDES_STANDING } from "./ledger-order";

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

/** Each named column's value as a placeholder of the same name. */
function placeholders<K extends string>(...names: K[]): Record<K, ReturnType<typeof sql.placeholder>> {
  return Object.fromEntries(names.map((name) => [name, sql.placeholder(name)])) as unknown as Record<K, ReturnType<typeof sql.placeholder>>;
}

const head = prepared((db) =>
  db
    .select({ hash: consentEvents.hash })
    .from(consentEvents)
    .where(eq(consentEvents.eventId, sql.placeholder("eventId")))
    .orderBy(desc(consentEvents.id))
    .limit(1)
    .prepare(),
);

const append = prepared((db) =>
  db
    .insert(consentEvents)
    .values(placeholders("eventId", "attendeeId", "partnerId", "action", "noticeId", "textSha256", "language", "method", "deviceId", "scanId", "clientId", "occurredAt", "recordedAt", "prevHash", "hash"))
    .returning({ id: consentEvents.id })
    .prepare(),
);

/**
 * The new row becomes the pair's standing decision unless the standing one supersedes it by
 * the ledger's order (ledger-order.ts): an offline phone's older decision that arrives after a
 * newer one is recorded and stays superseded.
 */
const moveStanding = prepared((db) =>
  db
    .insert(currentConsent)
    .values(placeholders("partnerId", "attendeeId", "eventId", "consentId", "action", "occurredAt", "noticeId", "language", "deviceId"))
    .onConflictDoUpdate({
      target: [currentConsent.partnerId, currentConsent.attendeeId],
      set: {
        consentId: excluded(currentConsent.consentId),
        action: excluded(currentConsent.action),
        occurredAt: excluded(currentConsent.occurredAt),
        noticeId: excluded(currentConsent.noticeId),
        language: excluded(currentConsent.language),
        deviceId: excluded(currentConsent.deviceId),
      },
      setWhere: sql.raw(SUPERSEDES_STANDING),
    })
    .prepare(),
);

/**
 * Appends one row and moves the pair's standing decision. Call inside an IMMEDIATE transaction,
 * so no other writer can append between reading the chain's head and writing the new row.
 */
export function appendToLedger(entry: LedgerEntry): { id: number; hash: string } {
  const db = getDb();
  const prevHash = head(db).get({ eventId: entry.eventId })?.hash ?? null;
  const hash = entryHash(prevHash, entry);
  const row = { ...entry, deviceId: entry.deviceId ?? null, scanId: entry.scanId ?? null, clientId: entry.clientId ?? null };
  const { id } = append(db).get({ ...row, prevHash, hash });
  moveStanding(db).run({ ...row, consentId: id });
  checkpointSoon(entry.eventId); // signed after the commit, off this path (docs/decisions/020)
  return { id, hash };
}
