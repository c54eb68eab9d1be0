// The booth's one write path: a scan, with the attendee's decision once taken, from the online
// screen (a batch of one: app/scan/actions.ts) or from an offline phone's queue (batches:
// /api/booth/sync). Each item is validated and written on its own, in a savepoint, so an item
// that is refused leaves no trace and does not stop the others; answers come in the items'
// order. The transaction is IMMEDIATE: the ledger's head is read, then appended to.
import { getDb, type Db } from "@/db/client";
import { inSavepoint } from "@/db/savepoint";
import type { DeviceActor } from "../auth/actor";
import { applyDeviceTouch, type DeviceTouch } from "../auth/sessions";
import { AppError, fromZodError, toErrorBody, type ErrorCode } from "../errors";
import type { ItemAccepted, ItemResult } from "../sync/sync-result";
import { BoothItem } from "./booth-item";
import { lookupMeter } from "./lookup-meter";
import { recordBoothItem } from "./record-booth-item";
import { isReshareRefusal, keepVisit } from "./reshare-rule";

/** A request's items, and the phone's session touch when one is due (written in the same commit). */
export type BoothRequest = { actor: DeviceActor; items: readonly unknown[]; touch?: DeviceTouch | null };

/** One device's items, in one transaction. */
export function recordBoothItems(actor: DeviceActor, items: readonly unknown[], now = new Date()): ItemResult[] {
  const db = getDb();
  return db.transaction(() => recordItems(db, actor, items, now), { behavior: "immediate" });
}

/** Several requests' items in one transaction, so one commit (one fsync) for all (lib/sync/group-commit.ts). */
export function recordBoothGroup(group: readonly BoothRequest[], now = new Date()): ItemResult[][] {
  const db = getDb();
  return db.transaction(
    () =>
      group.map((r) => {
        if (r.touch) applyDeviceTouch(db, r.touch);
        return recordItems(db, r.actor, r.items, now);
      }),
    { behavior: "immediate" },
  );
}

/** A request's items; its badge lookups go through one limiter read and one write (lookup-meter.ts). */
function recordItems(db: Db, actor: DeviceActor, items: readonly unknown[], now: Date): ItemResult[] {
  const meter = lookupMeter(db, actor, now);
  const results = items.map((raw): ItemResult => {
    const parsed = BoothItem.safeParse(raw);
    if (!parsed.success) return refusal(scanIdOf(raw), fromZodError(parsed.error, "This item is not valid"));
    try {
      return inSavepoint(db, () => recordBoothItem(actor, parsed.data, now, meter));
    } catch (error) {
      if (isReshareRefusal(error)) keepVisit(db, (scan) => recordBoothItem(actor, scan, now, meter), parsed.data);
      return refusal(parsed.data.scanId, error);
    }
  });
  meter.save();
  return results;
}

/**
 * The item's answer when it was not recorded. The sync protocol tells a malformed request
 * (400, not JSON) from an item that fails validation (422, RFC 9110 §15.5.21); elsewhere
 * "invalid" is 400, the status forms have always had.
 */
function refusal(scanId: string | null, error: unknown): ItemResult & { ok: false } {
  const { status, body } = toErrorBody(error);
  const { code, message, fields, limit, retryAfter } = body.error;
  const retry = limit !== undefined && retryAfter !== undefined ? { limit, retryAfter } : undefined;
  return { ok: false, status: code === "invalid" ? 422 : status, scanId, code, message, ...(fields && { fields }), ...retry };
}

function scanIdOf(raw: unknown): string | null {
  const id = typeof raw === "object" && raw !== null ? (raw as { scanId?: unknown }).scanId : null;
  return typeof id === "string" ? id.slice(0, 64) : null;
}

/** The answer of an item recorded, or its refusal as the AppError it was (for the online screen). */
export function requireRecorded(result: ItemResult): ItemAccepted {
  if (result.ok) return result;
  const retry = result.limit !== undefined && result.retryAfter !== undefined ? { limit: result.limit, retryAfter: result.retryAfter } : undefined;
  throw new AppError(result.code as ErrorCode, result.message, result.fields, retry);
}
