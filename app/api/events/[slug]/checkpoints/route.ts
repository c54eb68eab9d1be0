// GET /api/events/<slug>/checkpoints: the event's signed ledger checkpoints and the public key
// that signed them, with no login (lib/ledger/public-checkpoints.ts says what this reveals:
// counts, hashes and times, no personal data). `npm run fairlead -- verify-receipt --checkpoints
// <this URL>` checks a receipt against it (docs/decisions/020-signed-checkpoints.md).
import { z } from "zod";
import { errorResponse } from "@/lib/http/pages";
import { parseInput } from "@/lib/errors";
import { publicCheckpoints } from "@/lib/ledger/public-checkpoints";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  try {
    const slug = parseInput(z.string().min(1).max(200), (await params).slug);
    // Public and append-only, but a new checkpoint comes every few minutes: a short cache only.
    return Response.json(publicCheckpoints(slug), { headers: { "cache-control": "public, max-age=60", "access-control-allow-origin": "*" } });
  } catch (error) {
    return errorResponse(error);
  }
}
