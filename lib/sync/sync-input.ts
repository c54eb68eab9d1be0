// What an offline booth phone sends: one booth item (lib/booth/booth-item.ts), or a batch of
// them. Each item is validated on its own, so one bad item does not block the others.
import { z } from "zod";

/** Items per request: a phone that was offline for a day sends its queue in a few requests. */
export const MAX_BATCH = 100;

/** A request's body: 100 items of well under 10 KB each (app/api/booth/sync/route.ts answers 413 above it). */
export const MAX_SYNC_BYTES = 1024 * 1024;

export const SyncBatch = z.object({
  items: z.array(z.unknown()).min(1, "Send at least one item.").max(MAX_BATCH, `Send at most ${MAX_BATCH} items per request.`),
});
