// /api/ping: a constant answer. A health check (the server is up and answers requests; it
// touches no database) and the baselines `npm run bench:ingest` compares the sync route with:
// GET, the bare route; POST, a bare route that also reads a JSON body the size of a synced
// item, as the sync route must (with the same cap), and then ignores it.
import { readJson } from "@/lib/http/read-body";
import { MAX_SYNC_BYTES } from "@/lib/sync/sync-input";

export const dynamic = "force-dynamic";

const PONG = { ok: true, service: "fairlead" } as const;
const NO_STORE = { "cache-control": "no-store" };

export function GET() {
  return Response.json(PONG, { headers: NO_STORE });
}

export async function POST(request: Request) {
  await readJson(request, MAX_SYNC_BYTES, "less").catch(() => null); // read and dropped: only the cost of reading counts
  return Response.json(PONG, { headers: NO_STORE });
}
