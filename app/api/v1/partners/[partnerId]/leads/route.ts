// GET /api/v1/partners/<id>/leads?after=CURSOR&limit=N: the partner's lead events for systems
// that cannot receive webhooks (issue 14 §2), with a partner's read-only API token as
// `Authorization: Bearer flk_…`; no session cookie is read. Documented at /api/v1/openapi.json
// (lib/api/openapi.ts); lib/api/api-caller.ts says which refusal comes when.
import { requireApiCaller } from "@/lib/api/api-caller";
import { notModified, readLeadsPage } from "@/lib/api/leads-feed";
import { parseInput } from "@/lib/errors";
import { Id } from "@/lib/fields";
import { errorResponse } from "@/lib/http/pages";
import { publicBase } from "@/lib/http/public-base";

export const dynamic = "force-dynamic";

// Every answer is the caller's own: a shared cache keeps none; the client revalidates with the ETag.
const PRIVATE = { "cache-control": "private, no-cache", vary: "authorization" };

export async function GET(request: Request, { params }: { params: Promise<{ partnerId: string }> }) {
  try {
    const partnerId = parseInput(Id, (await params).partnerId);
    const caller = requireApiCaller(request.headers.get("authorization"), partnerId);
    const query = new URL(request.url).searchParams;
    const { body, etag } = readLeadsPage(caller, { after: query.get("after") ?? undefined, limit: query.get("limit") ?? undefined }, await publicBase());
    const headers = { ...PRIVATE, etag };
    if (notModified(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
    return Response.json(body, { headers });
  } catch (error) {
    const response = errorResponse(error);
    response.headers.set("cache-control", "no-store");
    if (response.status === 401) response.headers.set("www-authenticate", 'Bearer realm="Fairlead API"');
    return response;
  }
}
