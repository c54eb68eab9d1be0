// Writes a signed checkpoint of one event's ledger: its row count, its chain head and the Merkle
// root over its row hashes, signed with the key outside the database (signing-key.ts). Reads
// only the rows since the previous checkpoint: the Merkle tree's frontier is stored with each.
import { and, asc, desc, eq, gt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { prepared } from "@/db/prepared";
import { consentEvents, ledgerCheckpoints, type LedgerCheckpoint } from "@/db/schema";
import { signStatement, type CheckpointStatement } from "./checkpoint-statement";
import { extendFrontier, frontierRoot, type Frontier } from "./merkle";
import { signingKey, type SigningKey } from "./signing-key";

/** A checkpoint is written at least this often while decisions arrive (issue 11, section 4). */
export const CHECKPOINT_INTERVAL_MS = 5 * 60_000;

const latest = prepared((db) =>
  db
    .select()
    .from(ledgerCheckpoints)
    .where(eq(ledgerCheckpoints.eventId, sql.placeholder("eventId")))
    .orderBy(desc(ledgerCheckpoints.lastConsentId), desc(ledgerCheckpoints.id))
    .prepare(),
);

export function latestCheckpoint(eventId: number): LedgerCheckpoint | undefined {
  return latest(getDb()).get({ eventId });
}

export function toStatement(c: LedgerCheckpoint): CheckpointStatement {
  return {
    id: c.id,
    event_id: c.eventId,
    rows: c.rows,
    head_hash: c.headHash,
    merkle_root: c.merkleRoot,
    time: c.createdAt.toISOString(),
    key_id: c.keyId,
    signature: c.signature,
  };
}

/**
 * Checkpoints the event's ledger as it stands, in an IMMEDIATE transaction of its own (no append
 * between reading the head and signing it). When nothing was appended since the latest
 * checkpoint, that one still holds and is returned; an empty ledger has none (null).
 */
export function writeCheckpoint(eventId: number, now: Date, key: SigningKey = signingKey()): LedgerCheckpoint | null {
  const db = getDb();
  return db.transaction(
    () => {
      const last = latestCheckpoint(eventId);
      const fresh = db
        .select({ id: consentEvents.id, hash: consentEvents.hash })
        .from(consentEvents)
        .where(and(eq(consentEvents.eventId, eventId), gt(consentEvents.id, last?.lastConsentId ?? 0)))
        .orderBy(asc(consentEvents.id))
        .all();
      if (fresh.length === 0) return last ?? null;
      const frontier = extendFrontier(last ? (JSON.parse(last.frontier) as Frontier) : [], fresh.map((r) => r.hash));
      const unsigned = {
        event_id: eventId,
        rows: (last?.rows ?? 0) + fresh.length,
        head_hash: fresh.at(-1)!.hash,
        merkle_root: frontierRoot(frontier)!,
        time: now.toISOString(),
      };
      return db
        .insert(ledgerCheckpoints)
        .values({
          eventId,
          rows: unsigned.rows,
          lastConsentId: fresh.at(-1)!.id,
          headHash: unsigned.head_hash,
          merkleRoot: unsigned.merkle_root,
          frontier: JSON.stringify(frontier),
          createdAt: now,
          keyId: key.keyId,
          signature: signStatement(unsigned, key.privateKey),
        })
        .returning()
        .get();
    },
    { behavior: "immediate" },
  );
}

/** Milliseconds until the event's next checkpoint is due (0: due now). */
export function checkpointDueIn(eventId: number, now: Date): number {
  const last = latestCheckpoint(eventId);
  return last ? Math.max(0, last.createdAt.getTime() + CHECKPOINT_INTERVAL_MS - now.getTime()) : 0;
}
