// One synced item: the scan, then the decision if one was taken, then the record of the item
// with its payload hash and answer, all in the caller's transaction. Idempotent by the scan id:
// the same item again gets the first answer; the same id with other content is refused.
import type { DeviceActor } from "../auth/actor";
import { AppError } from "../errors";
import { upsertScan } from "../scans/record-scan";
import { recordOfflineDecision } from "./record-offline-decision";
import { syncStatements } from "./statements";
import { payloadSha256, type SyncItem } from "./sync-input";
import type { ItemAccepted } from "./sync-result";

/** Call inside a transaction (or savepoint) on the process's connection. */
export function ingestItem(actor: DeviceActor, item: SyncItem, now: Date): ItemAccepted {
  const sha256 = payloadSha256(item);
  const sql = syncStatements();
  const first = sql.firstSync.get(item.scanId, actor.deviceId);
  if (first) {
    if (first.payloadSha256 === sha256) return JSON.parse(first.result) as ItemAccepted;
    throw new AppError(
      "conflict",
      "This scan was already synced with different content (another badge, time or decision). The first version stands; this one was not recorded.",
    );
  }
  // A scan id of another phone's scan is refused by upsertScan, before the badge is looked up.
  const attendee = upsertScan(actor, item, now);
  const decision = item.decision ? recordOfflineDecision(actor, { scanId: item.scanId, attendeeId: attendee.id }, item.decision, now) : null;
  const result: ItemAccepted = { ok: true, status: 200, scanId: item.scanId, decision };
  sql.recordSync.run(item.scanId, actor.deviceId, sha256, JSON.stringify(result), now.getTime());
  return result;
}
