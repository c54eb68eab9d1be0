// POST /api/booth/sync (JSON, device session cookie): what a booth phone queued while offline.
//   one item  { scanId, code, scannedAt, decision? } → that item's answer, with its status:
//             200 recorded (or the first answer again), 409 conflicts with what is recorded,
//             422 not a valid item, 404 unknown badge;
//   a batch   { items: [item, …] } (at most 100) → 200 { results: [answer, …] } in the same order.
// A body over 1 MB is 413 (read with a cap, whatever Content-Length says); one that is not JSON,
// or nests too deep, is 400 (lib/http/read-body.ts).
// The same item sent again gets the first answer; nothing is recorded twice
// (lib/booth/record-booth-item.ts, docs/decisions/013-one-booth-write-path.md).
import { requireDevice } from "@/lib/auth/guards";
import { fromZodError, toErrorBody } from "@/lib/errors";
import { assertSameOrigin, errorResponse } from "@/lib/http/pages";
import { readJson } from "@/lib/http/read-body";
import { recordTogether } from "@/lib/sync/record-together";
import { MAX_SYNC_BYTES, SyncBatch } from "@/lib/sync/sync-input";

const NO_STORE = { "cache-control": "no-store" };

export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    const actor = await requireDevice();
    const body = await readJson(request, MAX_SYNC_BYTES, "the queue");
    if (typeof body === "object" && body !== null && "items" in body) {
      const batch = SyncBatch.safeParse(body);
      if (!batch.success) return Response.json(toErrorBody(fromZodError(batch.error)).body, { status: 422, headers: NO_STORE });
      return Response.json({ results: await recordTogether(actor, batch.data.items) }, { headers: NO_STORE });
    }
    const [result] = await recordTogether(actor, [body]);
    return Response.json(result, { status: result!.status, headers: NO_STORE });
  } catch (error) {
    return errorResponse(error);
  }
}
