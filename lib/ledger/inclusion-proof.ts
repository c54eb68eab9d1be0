// Which checkpoint a ledger row falls under, and the proof that it does: the row's place among
// the event's rows and the RFC 9162 audit path from its hash to the checkpoint's Merkle root.
// A receipt carries both (lib/consent/receipts), so it can be checked with no database.
import { and, asc, eq, gte, lte } from "drizzle-orm";
import { getDb } from "@/db/client";
import { consentEvents, ledgerCheckpoints, type LedgerCheckpoint } from "@/db/schema";
import type { InclusionProof } from "./checkpoint-statement";
import { auditPath } from "./merkle";
import { toStatement } from "./write-checkpoint";

/** The event's first checkpoint that covers the row; undefined while the row is newer than every checkpoint. */
export function checkpointOf(consentId: number): LedgerCheckpoint | undefined {
  const db = getDb();
  const row = db.select({ eventId: consentEvents.eventId }).from(consentEvents).where(eq(consentEvents.id, consentId)).get();
  if (!row) return undefined;
  return db
    .select()
    .from(ledgerCheckpoints)
    .where(and(eq(ledgerCheckpoints.eventId, row.eventId), gte(ledgerCheckpoints.lastConsentId, consentId)))
    .orderBy(asc(ledgerCheckpoints.lastConsentId), asc(ledgerCheckpoints.id))
    .get();
}

/**
 * The proof that the row is among the rows its checkpoint signed. Reads the hashes of the
 * event's rows up to the checkpoint (32 bytes each: ~20 MB at 600,000 rows), once per receipt.
 */
export function inclusionProof(consentId: number): InclusionProof | null {
  const checkpoint = checkpointOf(consentId);
  if (!checkpoint) return null;
  const rows = getDb()
    .select({ id: consentEvents.id, hash: consentEvents.hash })
    .from(consentEvents)
    .where(and(eq(consentEvents.eventId, checkpoint.eventId), lte(consentEvents.id, checkpoint.lastConsentId)))
    .orderBy(asc(consentEvents.id))
    .all();
  const index = rows.findIndex((r) => r.id === consentId);
  return {
    leaf_index: index,
    tree_size: rows.length,
    audit_path: auditPath(rows.map((r) => r.hash), index),
    checkpoint: toStatement(checkpoint),
  };
}
