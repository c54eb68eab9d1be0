// Checks an event's ledger against its signed checkpoints while verify-ledger walks the chain:
// at each checkpoint's row count the chain's head must be the signed one (so a rewrite, even with
// the whole chain recomputed, is caught at the first checkpoint after it), every checkpoint's
// rows must still be there (a deleted tail is caught), and no row after the last checkpoint may
// have been received before it (a forged grant appended with a date during the show is caught).
import { asc, eq } from "drizzle-orm";
import type { KeyObject } from "node:crypto";
import { getDb } from "@/db/client";
import { ledgerCheckpoints } from "@/db/schema";
import { verifyStatement } from "./checkpoint-statement";
import { toStatement } from "./write-checkpoint";

export type PublicSigningKey = { publicKey: KeyObject; keyId: string };

/**
 * A checkpoint is written in a transaction of its own after the commit that added its rows, so a
 * row of a group that waited for the lock while the checkpoint was signed can carry a receipt
 * time a little before it. The lock's wait is at most busy_timeout (5 s, db/client.ts).
 */
export const RECEIPT_SLACK_MS = 10_000;

type Row = { id: number; hash: string; recordedAt: Date };

export function checkpointChecker(eventId: number, key: PublicSigningKey | null) {
  const checkpoints = getDb()
    .select()
    .from(ledgerCheckpoints)
    .where(eq(ledgerCheckpoints.eventId, eventId))
    .orderBy(asc(ledgerCheckpoints.rows), asc(ledgerCheckpoints.id))
    .all();
  const last = checkpoints.at(-1);
  let next = 0;
  let unsigned = 0;

  function signatureProblem(c: (typeof checkpoints)[number]): string | null {
    if (!key) return null;
    if (c.keyId !== key.keyId) return `checkpoint ${c.id} was signed by key ${c.keyId}, not by the signing key ${key.keyId}`;
    return verifyStatement(toStatement(c), key.publicKey) ? null : `checkpoint ${c.id}'s signature does not match what it states`;
  }

  return {
    checkpoints: checkpoints.length,
    /** After the walk's `count`-th row: the problem found there, or null. */
    afterRow(count: number, row: Row): string | null {
      for (; next < checkpoints.length && checkpoints[next]!.rows === count; next++) {
        const c = checkpoints[next]!;
        const bad = signatureProblem(c);
        if (bad) return bad;
        if (c.headHash !== row.hash || c.lastConsentId !== row.id) {
          return `the ledger's first ${count} rows are not the ones checkpoint ${c.id} signed at ${c.createdAt.toISOString()}: a row up to ${row.id} was changed, added or deleted`;
        }
      }
      if (last && next === checkpoints.length && count > last.rows) {
        unsigned++;
        if (row.recordedAt.getTime() < last.createdAt.getTime() - RECEIPT_SLACK_MS) {
          return `row ${row.id} says it was received at ${row.recordedAt.toISOString()}, before checkpoint ${last.id} (${last.createdAt.toISOString()}), yet that checkpoint does not hold it: it was added afterwards`;
        }
      }
      if (!last) unsigned++;
      return null;
    },
    /** Once the walk has read all `count` rows. */
    atEnd(count: number): { problem: string | null; unsigned: number } {
      const missing = checkpoints[next];
      if (missing) {
        const bad = signatureProblem(missing);
        return {
          problem: bad ?? `checkpoint ${missing.id} signed ${missing.rows} rows at ${missing.createdAt.toISOString()}, but the ledger holds ${count}: rows were deleted`,
          unsigned,
        };
      }
      return { problem: null, unsigned };
    },
  };
}
