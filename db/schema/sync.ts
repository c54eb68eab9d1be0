// What an offline booth phone delivered through the sync endpoint, one row per item (its id is
// the scan id the phone made). The payload's sha256 and the first answer are kept so that the
// same item again gets that answer and the same id with other content is refused
// (docs/decisions/010-offline-sync.md). Written in the transaction of the scan and decision.
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { devices } from "./booths";
import { scans } from "./consent";

export const syncItems = sqliteTable("sync_items", {
  id: text("id")
    .primaryKey()
    .references(() => scans.id, { onDelete: "cascade" }),
  deviceId: integer("device_id")
    .notNull()
    .references(() => devices.id, { onDelete: "cascade" }),
  payloadSha256: text("payload_sha256").notNull(),
  /** The first answer, as JSON: what a repeat of the same item gets back. */
  result: text("result").notNull(),
  receivedAt: integer("received_at", { mode: "timestamp_ms" }).notNull(),
});

export type SyncItemRow = typeof syncItems.$inferSelect;
