// GET /api/v1/openapi.json: the pull API's OpenAPI 3.1 document (lib/api/openapi.ts), public:
// it describes the API and holds no data.
import { openApiDocument } from "@/lib/api/openapi";
import { publicBase } from "@/lib/http/public-base";

export const dynamic = "force-dynamic";

export async function GET() {
  return Response.json(openApiDocument(await publicBase()), { headers: { "cache-control": "public, max-age=300", "access-control-allow-origin": "*" } });
}
