// Writes a signed checkpoint of one event's ledger: its row count, its chain head and the Merkle
// root over its row hashes, signed with the key outside the database (signing-key.ts). Reads
// only the rows since the previous checkpoint: the Merkle tree's frontier is stored with each.
import { setImmediate as turn } from "node:timers/promises";
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

/** How far the event's tree is built: the rows up to lastConsentId, on top of checkpoint `base`. */
export type LedgerHead = { base: number | null; lastConsentId: number; headHash: string; rows: number; frontier: Frontier };

const headOf = (c: LedgerCheckpoint | undefined): LedgerHead =>
  c
    ? { base: c.id, lastConsentId: c.lastConsentId, headHash: c.headHash, rows: c.rows, frontier: JSON.parse(c.frontier) as Frontier }
    : { base: null, lastConsentId: 0, headHash: "", rows: 0, frontier: [] };

const rowsAfter = prepared((db) =>
  db
    .select({ id: consentEvents.id, hash: consentEvents.hash })
    .from(consentEvents)
    .where(and(eq(consentEvents.eventId, sql.placeholder("eventId")), gt(consentEvents.id, sql.placeholder("after"))))
    .orderBy(asc(consentEvents.id))
    .limit(sql.placeholder("limit"))
    .prepare(),
);

function extend(head: LedgerHead, fresh: { id: number; hash: string }[]): LedgerHead {
  if (fresh.length === 0) return head;
  const tip = fresh.at(-1)!;
  return { base: head.base, lastConsentId: tip.id, headHash: tip.hash, rows: head.rows + fresh.length, frontier: extendFrontier(head.frontier, fresh.map((r) => r.hash)) };
}

/** Rows read per slice when catching up: a few milliseconds of hashing, then the thread's other work. */
export const CATCH_UP_SLICE = 2_000;

/**
 * Builds the tree over the rows since the latest checkpoint, a slice at a time, outside any
 * write transaction (rows are only ever appended, so what a slice read stays true); yields
 * after each slice. Only a big ledger that was never checkpointed (one kept from before
 * checkpoints) has many; writeCheckpoint then reads just the rows that came meanwhile.
 */
export function* catchUp(eventId: number, slice = CATCH_UP_SLICE): Generator<void, LedgerHead> {
  let head = headOf(latestCheckpoint(eventId));
  for (;;) {
    const fresh = rowsAfter(getDb()).all({ eventId, after: head.lastConsentId, limit: slice });
    head = extend(head, fresh);
    if (fresh.length < slice) return head;
    yield;
  }
}

/** catchUp on a thread that answers requests: the other work runs between slices. */
export async function writeCheckpointInSlices(eventId: number, now: () => Date): Promise<LedgerCheckpoint | null> {
  const steps = catchUp(eventId);
  let step = steps.next();
  while (!step.done) {
    await turn();
    step = steps.next();
  }
  return writeCheckpoint(eventId, now(), signingKey(), step.value);
}

/** catchUp at once, for a thread of its own or a script: still no write lock held while it reads. */
export function writeCheckpointCaughtUp(eventId: number, now: Date): LedgerCheckpoint | null {
  const steps = catchUp(eventId);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return writeCheckpoint(eventId, now, signingKey(), step.value);
}

/**
 * Checkpoints the event's ledger as it stands, in an IMMEDIATE transaction of its own (no append
 * between reading the head and signing it). When nothing was appended since the latest
 * checkpoint, that one still holds and is returned; an empty ledger has none (null). A `head`
 * built beforehand (catchUp) is used when no checkpoint was written since it was built.
 */
export function writeCheckpoint(eventId: number, now: Date, key: SigningKey = signingKey(), head?: LedgerHead): LedgerCheckpoint | null {
  const db = getDb();
  return db.transaction(
    () => {
      const last = latestCheckpoint(eventId);
      const start = head && head.base === (last?.id ?? null) ? head : headOf(last);
      const tip = extend(start, rowsAfter(db).all({ eventId, after: start.lastConsentId, limit: -1 }));
      if (tip.rows === (last?.rows ?? 0)) return last ?? null;
      const unsigned = {
        event_id: eventId,
        rows: tip.rows,
        head_hash: tip.headHash,
        merkle_root: frontierRoot(tip.frontier)!,
        time: now.toISOString(),
      };
      return db
        .insert(ledgerCheckpoints)
        .values({
          eventId,
          rows: unsigned.rows,
          lastConsentId: tip.lastConsentId,
          headHash: unsigned.head_hash,
          merkleRoot: unsigned.merkle_root,
          frontier: JSON.stringify(tip.frontier),
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
