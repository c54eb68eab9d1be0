// The consent ledger: append-only and hash-chained per event. Each row stores the hash of the
// event's previous row and its own hash over that and its content, so an edit or a deletion
// anywhere breaks the chain from there on (verifyLedger finds the first such row).
// Each append also moves the pair's standing decision (current_consent) in the same transaction:
// the ledger's order is the order of receipt, so the row just appended is the pair's newest and
// stands (docs/decisions/018).
import { desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { excluded } from "@/db/excluded";
import { prepared } from "@/db/prepared";
import { consentEvents, currentConsent, type ConsentEvent } from "@/db/schema";
import { sha256Hex } from "../crypto";
import { checkpointSoon } from "../ledger/checkpoint-soon";

/** A row as appended; the partner's words may be absent (rows before they were recorded have none). */
export type LedgerEntry = Omit<ConsentEvent, "id" | "prevHash" | "hash" | "wordsSha256"> & { wordsSha256?: string | null };

/**
 * The fields a row's hash covers, in a fixed order; times as epoch milliseconds. The device's raw
 * claim comes last, and only when it was clamped: rows from before it existed have none, so
 * their content (and hash) is what it always was; a claim added to or removed from a row
 * changes its content all the same. The sha256 of the partner's words as shown (docs/decisions/022)
 * follows on the same terms: a 64-hex string where the claim is a number, neither read as the other.
 */
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
    e.deviceTime.getTime(),
    e.recordedAt.getTime(),
    ...(e.deviceClaim ? [e.deviceClaim.getTime()] : []),
    ...(e.wordsSha256 ? [e.wordsSha256] : []),
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
    // No .limit(1): get() reads the first row only, and a bound LIMIT recompiles (db/prepared.ts).
    .orderBy(desc(consentEvents.id))
    .prepare(),
);

const append = prepared((db) =>
  db
    .insert(consentEvents)
    .values({
      ...placeholders("eventId", "attendeeId", "partnerId", "action", "noticeId", "textSha256", "wordsSha256", "language", "method", "deviceId", "scanId", "clientId", "deviceTime", "recordedAt", "prevHash", "hash"),
      // Epoch ms or null: drizzle's timestamp mapping of a placeholder does not take null.
      deviceClaim: sql`${sql.placeholder("deviceClaimMs")}`,
    })
    .returning({ id: consentEvents.id })
    .prepare(),
);

/** The new row becomes the pair's standing decision: it is the newest the server received. */
const moveStanding = prepared((db) =>
  db
    .insert(currentConsent)
    .values(placeholders("partnerId", "attendeeId", "eventId", "consentId", "action", "recordedAt", "noticeId", "language", "deviceId"))
    .onConflictDoUpdate({
      target: [currentConsent.partnerId, currentConsent.attendeeId],
      set: {
        consentId: excluded(currentConsent.consentId),
        action: excluded(currentConsent.action),
        recordedAt: excluded(currentConsent.recordedAt),
        noticeId: excluded(currentConsent.noticeId),
        language: excluded(currentConsent.language),
        deviceId: excluded(currentConsent.deviceId),
      },
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
  const row = { ...entry, deviceId: entry.deviceId ?? null, scanId: entry.scanId ?? null, clientId: entry.clientId ?? null, wordsSha256: entry.wordsSha256 ?? null, deviceClaim: entry.deviceClaim ?? null };
  const { id } = append(db).get({ ...row, deviceClaimMs: row.deviceClaim?.getTime() ?? null, prevHash, hash });
  moveStanding(db).run({ ...row, consentId: id });
  checkpointSoon(entry.eventId); // signed after the commit, off this path (docs/decisions/020)
  return { id, hash };
}
