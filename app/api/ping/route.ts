// GET /api/ping: a constant answer. A health check (the server is up and answers requests;
// it touches no database) and the baseline `npm run bench:ingest` compares the sync route with.
export const dynamic = "force-dynamic";

const PONG = { ok: true, service: "fairlead" } as const;

export function GET() {
  return Response.json(PONG, { headers: { "cache-control": "no-store" } });
}
