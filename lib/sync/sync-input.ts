// What an offline booth phone sends: one item, or a batch of items, each a scan with the
// attendee's decision when one was taken. The scan id the phone made is the item's id.
import { z } from "zod";
import { sha256Hex } from "../crypto";
import { DecisionInput } from "../consent/record-decision";
import { ScanInput } from "../scans/record-scan";

/** The decision as the phone recorded it, with the notice version it showed (maybe an older one). */
export const OfflineDecision = DecisionInput.omit({ scanId: true, code: true, scannedAt: true });

export const SyncItem = ScanInput.extend({ decision: OfflineDecision.optional() });
export type SyncItem = z.infer<typeof SyncItem>;

/** Items per request: a phone that was offline for a day sends its queue in a few requests. */
export const MAX_BATCH = 100;

/** A batch; each item is validated on its own, so one bad item does not block the others. */
export const SyncBatch = z.object({
  items: z.array(z.unknown()).min(1, "Send at least one item.").max(MAX_BATCH, `Send at most ${MAX_BATCH} items per request.`),
});

/**
 * The item's content in a fixed order (times as epoch ms, the code as trimmed): the same item
 * sent again hashes the same, anything else about it hashes differently.
 */
export function payloadSha256(item: SyncItem): string {
  const d = item.decision;
  return sha256Hex(
    JSON.stringify([
      item.code,
      item.scannedAt.getTime(),
      d ? [d.choice, d.drawing, d.noticeId, d.noticeSha256, d.language, d.decidedAt.getTime()] : null,
    ]),
  );
}
