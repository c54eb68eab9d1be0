// The answer for each synced item. Pure (zod only): the booth phone parses it too, so it uses
// zod/mini, which keeps /scan's first load within its budget (the full zod is ~30 KiB gzip).
import { z } from "zod/mini";

export const SyncedDecision = z.object({
  consentId: z.number(),
  // "lapse" only as a standing decision a repeated item reports (a partner change ended a share).
  action: z.enum(["grant", "decline", "withdraw", "lapse"]),
  /** false when the decision equalled the standing one and added no ledger row. */
  changed: z.boolean(),
  enteredDrawing: z.boolean(),
});

export const ItemResult = z.discriminatedUnion("ok", [
  z.object({ ok: z.literal(true), status: z.literal(200), scanId: z.string(), decision: z.nullable(SyncedDecision) }),
  z.object({
    ok: z.literal(false),
    /**
     * 409: conflicts with what is recorded; 422: not a valid item; 404: unknown badge; 429: the
     * phone's badge-lookup limit, send it again after `retryAfter` seconds; 500: try again.
     */
    status: z.int(),
    scanId: z.nullable(z.string()),
    code: z.string(),
    message: z.string(),
    fields: z.optional(z.record(z.string(), z.string())),
    /** A rate limit's name and the whole seconds to wait (429 only). */
    limit: z.optional(z.string()),
    retryAfter: z.optional(z.number()),
  }),
]);
export type ItemResult = z.infer<typeof ItemResult>;
export type ItemAccepted = Extract<ItemResult, { ok: true }>;

export const BatchResult = z.object({ results: z.array(ItemResult) });

/** Worth sending again later (the server could not decide); anything else is final. */
export const isRetryable = (status: number) => status >= 500 || status === 401 || status === 408 || status === 429;
