// `npm run bench:ingest [-- --seconds 10 --connections 10 --rounds 3 --batch 20 --phones 1000 --port N]`: loads the
// offline sync endpoint (POST /api/booth/sync, one scan + decision per request, each with a new
// scan id) and, on the same production server in the same run, the bare route GET /api/ping,
// with autocannon; also POST /api/ping with the same bodies (a bare route that reads its JSON
// body and drops it: the floor of any POST route in Next.js). Prints the throughputs, the ratios
// and the latencies (and, for context, the items per second when each request carries a batch,
// as a phone back online sends its queue), then checks that every write the server acknowledged
// (2xx) is in the database. Prints figures; decides nothing (docs/decisions/013-one-booth-write-path.md, docs/benchmarks/ingest.md).
// The requests come from `--phones` paired phones in turn, as at a show: each phone has its own
// badge-lookup limit (docs/decisions/032), which one phone at 1,000 requests/s rightly meets;
// 1,000 phones at 1,000 requests/s is one scan a second each, the limit's sustained rate.
// Builds first when the sources changed, like npm start (NEXT_DIST_DIR picks the build folder).
import { randomUUID } from "node:crypto";
import os from "node:os";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { isNotNull } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { consentEvents, scans, syncItems } from "@/db/schema";
import { makeDevice, makeEvent } from "@/lib/test/fixtures";
import { offlinePack } from "@/lib/sync/offline-pack";
import { freePort, startAppServer } from "./bench-app-server";

const { values: opts } = parseArgs({
  options: {
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    warmup: { type: "string", default: "3" },
    batch: { type: "string", default: "20" },
    rounds: { type: "string", default: "3" },
    phones: { type: "string", default: "1000" },
    port: { type: "string" }, // default: any free one
  },
});
const [seconds, connections, warmup, batchSize, rounds] = [opts.seconds, opts.connections, opts.warmup, opts.batch, opts.rounds].map(Number) as [
  number,
  number,
  number,
  number,
  number,
];

// The event, its phones and notice: made in main() once the server has started on a fresh
// database that this process shares.
type Setup = { event: ReturnType<typeof makeEvent>; notice: NonNullable<ReturnType<typeof offlinePack>>["notices"][number]; cookies: string[] };
let setup: Setup;

let turn = 0;
/** The next phone's session cookie: requests go round the phones. */
const nextPhone = () => setup.cookies[turn++ % setup.cookies.length]!;

let n = 0;
/**
 * A new scan of one of the attendees, with a decision (share and decline in turn, drawing on).
 * A share carries the attendee's personal code: after a decline withdrew their consent, only
 * they can share again (lib/booth/reshare-rule.ts), and the bench measures recorded decisions.
 */
function item(): { scanId: string } & Record<string, unknown> {
  const at = new Date().toISOString();
  const i = n++;
  const { event, notice } = setup;
  const attendee = event.attendees[i % event.attendees.length]!;
  const choice = i % 3 ? "share" : "decline";
  return {
    scanId: randomUUID(),
    code: attendee.badgeCode,
    scannedAt: at,
    decision: {
      choice, drawing: true, noticeId: notice.noticeId, noticeSha256: notice.sha256, language: notice.language, decidedAt: at,
      personalCode: choice === "share" ? attendee.personalToken : undefined,
    },
  };
}

// Request bodies are made before each run, not while autocannon runs: making one (a UUID, two
// ISO times, JSON) costs the load generator ~10 µs a request on the same two cores as the
// server, which the bare GET does not pay. A run that uses them all makes more on the fly.
type Body = { scanId: string; json: string };
let bodies: Body[] = [];
function prepareBodies(count: number, size = 1) {
  bodies = Array.from({ length: count }, () => {
    if (size === 1) {
      const one = item();
      return { scanId: one.scanId, json: JSON.stringify(one) };
    }
    const items = Array.from({ length: size }, item);
    return { scanId: items.map((i) => i.scanId).join(","), json: JSON.stringify({ items }) };
  });
}
/** The next prepared body; its scan id is kept in the connection's context for the answer. */
type Context = { scanId: string };
function nextBody(context: Context, size = 1): string {
  let body = bodies.pop();
  if (!body) {
    prepareBodies(1, size);
    body = bodies.pop()!;
  }
  context.scanId = body.scanId;
  return body.json;
}

async function main() {
  const { base, stop } = await startAppServer(opts.port ? Number(opts.port) : await freePort(), "ingest");
  const event = makeEvent({ partnerCount: 1, attendeeCount: 1000 });
  const phones = Array.from({ length: Number(opts.phones) }, (_, i) => makeDevice(event.eventId, event.partners[0]!.id, `Bench phone ${i + 1}`));
  const cookies = phones.map((p) => `fairlead_device=${p.sessionToken}`);
  setup = { event, notice: offlinePack(phones[0]!)!.notices[0]!, cookies };
  let limited = 0;
  try {
    const ping = { url: `${base}/api/ping`, connections };
    const pingPost = {
      url: `${base}/api/ping`,
      connections,
      requests: [
        { method: "POST" as const, headers: { "content-type": "application/json" }, setupRequest: (req: autocannon.Request, context: object) => ({ ...req, body: nextBody(context as Context) }) },
      ],
    };
    const acked: string[] = [];
    const headers = { "content-type": "application/json" };
    const ingest = {
      url: `${base}/api/booth/sync`,
      connections,
      requests: [
        {
          method: "POST" as const,
          headers,
          setupRequest: (req: autocannon.Request, context: object) => ({
            ...req,
            headers: { ...req.headers, cookie: nextPhone() },
            body: nextBody(context as Context),
          }),
          // One request in flight per connection: the answer is to the body in its context.
          onResponse: (status: number, _body: string, context: object) => {
            if (status >= 200 && status < 300) acked.push((context as Context).scanId);
            if (status === 429) limited++;
          },
        },
      ],
    };
    const batches = {
      ...ingest,
      requests: [
        {
          method: "POST" as const,
          headers,
          setupRequest: (req: autocannon.Request, context: object) => ({
            ...req,
            headers: { ...req.headers, cookie: nextPhone() },
            body: nextBody(context as Context, batchSize),
          }),
          onResponse: (status: number, body: string) => {
            if (status !== 200) return;
            for (const r of (JSON.parse(body) as { results: { ok: boolean; scanId: string; status: number }[] }).results) {
              if (r.ok) acked.push(r.scanId);
              if (r.status === 429) limited++;
            }
          },
        },
      ],
    };
    const perRun = (duration: number) => Math.ceil(duration * 3000); // above any rate seen here
    await autocannon({ ...ping, duration: warmup });
    prepareBodies(perRun(warmup));
    await autocannon({ ...ingest, duration: warmup });
    const warmAcked = acked.length;
    const row = (label: string, r: autocannon.Result) =>
      `${label.padEnd(30)} ${r.requests.average.toFixed(0).padStart(6)} req/s   p50 ${r.latency.p50} ms   p99 ${r.latency.p99} ms   ` +
      `max ${r.latency.max} ms   non-2xx ${r.non2xx}   errors ${r.errors}`;
    console.log(
      `\n${connections} connections, ${seconds} s per run, after ${warmup} s of warm-up each; ${phones.length} phones in turn; ` +
        `${os.cpus().length} CPUs, load average ${os.loadavg()[0]!.toFixed(1)}`,
    );
    // Rounds of (bare, sync) side by side: on a shared machine the load drifts, and a ratio of two
    // runs a few seconds apart is steadier than one of two long runs.
    const ratios: number[] = [];
    const postRatios: number[] = [];
    const floors: number[] = [];
    const p99s: number[] = [];
    for (let round = 1; round <= rounds; round++) {
      const bare = await autocannon({ ...ping, duration: seconds });
      prepareBodies(perRun(seconds));
      const barePost = await autocannon({ ...pingPost, duration: seconds });
      prepareBodies(perRun(seconds));
      const sync = await autocannon({ ...ingest, duration: seconds });
      ratios.push(sync.requests.average / bare.requests.average);
      postRatios.push(sync.requests.average / barePost.requests.average);
      floors.push(barePost.requests.average / bare.requests.average);
      p99s.push(sync.latency.p99);
      console.log(row(`${round}: GET /api/ping (bare)`, bare));
      console.log(`${row(`${round}: POST /api/ping (bare POST)`, barePost)}   ratio ${floors.at(-1)!.toFixed(2)}`);
      console.log(`${row(`${round}: POST /api/booth/sync`, sync)}   ratio ${ratios.at(-1)!.toFixed(2)} (to bare POST ${postRatios.at(-1)!.toFixed(2)})`);
    }
    prepareBodies(Math.ceil(seconds * 400), batchSize);
    const batched = await autocannon({ ...batches, duration: seconds });
    console.log(`${row(`POST /api/booth/sync, ${batchSize} items`, batched)}   = ${(batched.requests.average * batchSize).toFixed(0)} items/s`);
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
    console.log(
      `sync/bare throughput: median ratio ${median(ratios).toFixed(2)}; sync p99: median ${median(p99s)} ms, worst ${Math.max(...p99s)} ms (issue 10: ≥ 1,000 requests/s, p99 ≤ 20 ms, batches ≥ 5,000 items/s)`,
    );
    console.log(
      `for reference: bare POST/bare GET ${median(floors).toFixed(2)} (what reading a JSON body costs any route), sync/bare POST ${median(postRatios).toFixed(2)}`,
    );
    console.log(`acknowledged writes: ${acked.length} (${acked.length - warmAcked} in the measured runs); rate-limited (429) answers or items: ${limited}`);
    verify(acked);
  } finally {
    closeDb();
    stop();
  }
}

/** Every acknowledged item has its scan, its item record (same transaction) and, when it changed the decision, its ledger row. */
function verify(acked: string[]) {
  const db = getDb();
  const scanIds = new Set(db.select({ id: scans.id }).from(scans).all().map((r) => r.id));
  const records = db.select({ id: syncItems.id, result: syncItems.result }).from(syncItems).all();
  const items = new Set(records.map((r) => r.id));
  const ledger = new Set(db.select({ id: consentEvents.scanId }).from(consentEvents).where(isNotNull(consentEvents.scanId)).all().map((r) => r.id!));
  const changed = new Set(
    records.filter((r) => (JSON.parse(r.result) as { decision: { changed: boolean } | null }).decision?.changed).map((r) => r.id),
  );
  const count = (set: Set<string>) => acked.filter((id) => set.has(id)).length;
  const missing = acked.filter((id) => !scanIds.has(id) || !items.has(id) || (changed.has(id) && !ledger.has(id)));
  console.log(
    `in the database: ${count(scanIds)} scans, ${count(items)} item records, ${count(ledger)} ledger rows ` +
      `(for the ${count(changed)} decisions that changed the standing one; the others add no row) — ` +
      (missing.length === 0 ? "every acknowledged write is there" : `${missing.length} MISSING, e.g. ${missing.slice(0, 3).join(", ")}`),
  );
  if (missing.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
