// One booth item: the scan, then the decision if one was taken, then the item's record (its
// content hash and answer), all in the caller's transaction. The one rule for retries, online
// and offline alike, keyed by the scan id the phone made:
//   - the same item again gets the first answer, and writes nothing;
//   - the scan alone, then the same scan with its decision (the online screen's two steps, or
//     an offline phone's scan synced before the attendee decided): the decision completes it;
//   - anything else under the same id is refused (409), the first version stands.
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { excluded } from "@/db/excluded";
import { prepared } from "@/db/prepared";
import { syncItems } from "@/db/schema";
import type { DeviceActor } from "../auth/actor";
import { AppError } from "../errors";
import { ANOTHER_PHONE, recordScan } from "../scans/record-scan";
import type { ItemAccepted } from "../sync/sync-result";
import { itemSha256, type BoothItem } from "./booth-item";
import { recordBoothDecision } from "./booth-decision";
import type { LookupMeter } from "./lookup-meter";

const firstRecord = prepared((db) =>
  db
    .select({ deviceId: syncItems.deviceId, sha256: syncItems.payloadSha256, answer: syncItems.result })
    .from(syncItems)
    .where(eq(syncItems.id, sql.placeholder("scanId")))
    .prepare(),
);
const saveRecord = prepared((db) =>
  db
    .insert(syncItems)
    .values({
      id: sql.placeholder("id"),
      deviceId: sql.placeholder("deviceId"),
      payloadSha256: sql.placeholder("sha256"),
      result: sql.placeholder("answer"),
      receivedAt: sql.placeholder("now"),
    })
    .onConflictDoUpdate({ target: syncItems.id, set: { payloadSha256: excluded(syncItems.payloadSha256), result: excluded(syncItems.result) } })
    .prepare(),
);

/** Call inside a transaction (or a savepoint of one); `meter` is the phone's badge-lookup limit. */
export function recordBoothItem(actor: DeviceActor, item: BoothItem, now: Date, meter: LookupMeter): ItemAccepted {
  const db = getDb();
  const sha256 = itemSha256(item);
  const first = firstRecord(db).get({ scanId: item.scanId });
  if (first) {
    if (first.deviceId !== actor.deviceId) throw new AppError("conflict", ANOTHER_PHONE);
    if (first.sha256 === sha256) return JSON.parse(first.answer) as ItemAccepted;
    const completes = item.decision !== undefined && first.sha256 === itemSha256({ ...item, decision: undefined });
    if (!completes) {
      throw new AppError(
        "conflict",
        "This scan was already synced with different content (another badge, time or decision). The first version stands; this one was not recorded.",
      );
    }
  }
  const { attendee, existed } = recordScan(actor, item, now, meter);
  const scan = { scanId: item.scanId, attendee, existed };
  const decision = item.decision ? recordBoothDecision(actor, scan, item.decision, now) : null;
  const answer: ItemAccepted = { ok: true, status: 200, scanId: item.scanId, decision };
  saveRecord(db).run({ id: item.scanId, deviceId: actor.deviceId, sha256, answer: JSON.stringify(answer), now });
  return answer;
}
