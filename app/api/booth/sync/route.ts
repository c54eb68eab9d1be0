// POST /api/booth/sync (JSON, device session cookie): what a booth phone queued while offline.
//   one item  { scanId, code, scannedAt, decision? } → that item's answer, with its status:
//             200 recorded (or the first answer again), 409 conflicts with what is recorded,
//             422 not a valid item, 404 unknown badge;
//             429 the phone's badge-lookup limit (with Retry-After; docs/decisions/032);
//   a batch   { items: [item, …] } (at most 100) → 200 { results: [answer, …] } in the same order,
//             an item over the limit answered 429 with its retryAfter, not recorded: sent again later.
// A body over 1 MB is 413 (read with a cap, whatever Content-Length says); one that is not JSON,
// or nests too deep, is 400 (lib/http/read-body.ts).
// The same item sent again gets the first answer; nothing is recorded twice
// (lib/booth/record-booth-item.ts, docs/decisions/013-one-booth-write-path.md).
import { requireDeviceSession } from "@/lib/auth/guards";
import { fromZodError, toErrorBody } from "@/lib/errors";
import { assertSameOrigin, errorResponse } from "@/lib/http/pages";
import { readJson } from "@/lib/http/read-body";
import { recordTogether } from "@/lib/sync/record-together";
import { MAX_SYNC_BYTES, SyncBatch } from "@/lib/sync/sync-input";
import type { ItemResult } from "@/lib/sync/sync-result";

const NO_STORE = { "cache-control": "no-store" };

/** Retry-After: the longest wait an item of the answer was told (rate-limited items only). */
function withRetryAfter(results: ItemResult[]): Record<string, string> {
  const wait = Math.max(0, ...results.map((r) => (r.ok ? 0 : (r.retryAfter ?? 0))));
  return wait > 0 ? { ...NO_STORE, "retry-after": String(wait) } : NO_STORE;
}

export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    // The phone's last-seen time and idle deadline, when due, go into the items' commit on the
    // writer thread (no commit of their own here); a request refused before that leaves them
    // for the next one.
    const { actor, touch } = await requireDeviceSession();
    const body = await readJson(request, MAX_SYNC_BYTES, "the queue");
    if (typeof body === "object" && body !== null && "items" in body) {
      const batch = SyncBatch.safeParse(body);
      if (!batch.success) return Response.json(toErrorBody(fromZodError(batch.error)).body, { status: 422, headers: NO_STORE });
      const results = await recordTogether(actor, batch.data.items, touch);
      return Response.json({ results }, { headers: withRetryAfter(results) });
    }
    const [result] = await recordTogether(actor, [body], touch);
    return Response.json(result, { status: result!.status, headers: withRetryAfter([result!]) });
  } catch (error) {
    return errorResponse(error);
  }
}
