// The published data of a drawing, for anyone to recompute (npm run fairlead -- recompute-drawing).
// Before the draw it carries the commitment only: no seed, no lists.
import { getPublicRecord } from "@/lib/drawing/public-drawing";
import { notFound } from "@/lib/errors";
import { Id } from "@/lib/fields";
import { errorResponse } from "@/lib/http/pages";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ drawingId: string }> }): Promise<Response> {
  try {
    const id = Id.safeParse((await params).drawingId);
    if (!id.success) throw notFound("The drawing");
    const found = getPublicRecord(id.data);
    const published = "legacy" in found ? found.legacy : found.published;
    return new Response(`${JSON.stringify(published, null, 2)}\n`, {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "cache-control": "no-store",
        // Public data: let a verifier's page in any browser fetch it.
        "access-control-allow-origin": "*",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
