// What an offline booth phone sends: one booth item (lib/booth/booth-item.ts), or a batch of
// them. Each item is validated on its own, so one bad item does not block the others.
import { z } from "zod";

/** Items per request: a phone that was offline for a day sends its queue in a few requests. */
export const MAX_BATCH = 100;

export const SyncBatch = z.object({
  items: z.array(z.unknown()).min(1, "Send at least one item.").max(MAX_BATCH, `Send at most ${MAX_BATCH} items per request.`),
});
