// Signed checkpoints of the consent ledger (lib/ledger, docs/decisions/020-signed-checkpoints.md).
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { eventRef } from "./events";

/**
 * A signed statement that the event's ledger had `rows` rows ending in `headHash` at `createdAt`.
 * The signing key is not in the database, so a rewrite of both tables cannot be re-signed.
 */
export const ledgerCheckpoints = sqliteTable(
  "ledger_checkpoints",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    eventId: eventRef(),
    rows: integer("rows").notNull(),
    // The id of the event's last ledger row it covers: the rows it covers are the event's rows up to it.
    lastConsentId: integer("last_consent_id").notNull(),
    headHash: text("head_hash").notNull(),
    merkleRoot: text("merkle_root").notNull(),
    // The Merkle tree's perfect subtrees (JSON): the next checkpoint extends it with new rows only.
    frontier: text("frontier").notNull(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    keyId: text("key_id").notNull(),
    signature: text("signature").notNull(),
  },
  (t) => [index("ledger_checkpoints_event").on(t.eventId, t.lastConsentId)],
);

export type LedgerCheckpoint = typeof ledgerCheckpoints.$inferSelect;
