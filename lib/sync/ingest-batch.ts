// Synced items are written in IMMEDIATE transactions, each item in its own savepoint, so an
// item that is refused leaves no trace and does not stop the others. Answers come in the
// items' order. ingestGroup lets concurrent requests share one transaction, so one fsync
// (docs/decisions/002-durable-commits.md: batch rather than relax durability); the server
// runs it on a thread of its own (ingest-together.ts).
import { getDb } from "@/db/client";
import type { DeviceActor } from "../auth/actor";
import { fromZodError, toErrorBody } from "../errors";
import { ingestItem } from "./ingest-item";
import { SyncItem } from "./sync-input";
import type { ItemResult } from "./sync-result";

// better-sqlite3's own transactions: a nested one is a savepoint (its docs, "transaction"), and
// they cost less than drizzle's wrappers on the booth's hot path.
const inTransaction = <T>(fn: () => T): T => getDb().$client.transaction(fn).immediate();
const inSavepoint = <T>(fn: () => T): T => getDb().$client.transaction(fn)();

/** One device's items, in one transaction of their own. */
export function ingestBatch(actor: DeviceActor, items: readonly unknown[], now = new Date()): ItemResult[] {
  return inTransaction(() => ingestItems(actor, items, now));
}

/** Every request's items of one group commit, in one transaction: one fsync for all (ingest-together.ts). */
export function ingestGroup(group: readonly { actor: DeviceActor; items: readonly unknown[] }[], now = new Date()): ItemResult[][] {
  return inTransaction(() => group.map((w) => ingestItems(w.actor, w.items, now)));
}

function ingestItems(actor: DeviceActor, items: readonly unknown[], now: Date): ItemResult[] {
  return items.map((raw): ItemResult => {
    const parsed = SyncItem.safeParse(raw);
    if (!parsed.success) return refusal(scanIdOf(raw), fromZodError(parsed.error, "This item is not valid"));
    try {
      return inSavepoint(() => ingestItem(actor, parsed.data, now));
    } catch (error) {
      return refusal(parsed.data.scanId, error);
    }
  });
}

/**
 * The item's answer when it was not recorded. The sync protocol tells a malformed request
 * (400, not JSON) from an item that fails validation (422, RFC 9110 §15.5.21); elsewhere
 * "invalid" is 400, the status forms have always had.
 */
export function refusal(scanId: string | null, error: unknown): ItemResult & { ok: false } {
  const { status, body } = toErrorBody(error);
  const { code, message, fields } = body.error;
  return { ok: false, status: code === "invalid" ? 422 : status, scanId, code, message, ...(fields && { fields }) };
}

function scanIdOf(raw: unknown): string | null {
  const id = typeof raw === "object" && raw !== null ? (raw as { scanId?: unknown }).scanId : null;
  return typeof id === "string" ? id.slice(0, 64) : null;
}
