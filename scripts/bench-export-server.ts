// The booth's latency while the all-partners ZIP is written, in one production server (part of
// `npm run bench:export`). The real Next server runs on a copy of the show (scripts/start.ts
// builds first when the sources changed); single-scan POST /api/booth/sync requests come at a
// fixed rate (four times the biggest show's peak of ~50 writes a second, so the server is never
// saturated and the latency is the booth's own), in rounds: alone, then while the organizer's
// POST /events/<id>/exports/all downloads run back to back. Prints both p99s of each round and
// their ratio (target ≤ 2). Prints figures; decides nothing.
import { randomUUID } from "node:crypto";
import os from "node:os";
import autocannon from "autocannon";
import { and, eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { attendees, events, partners, users } from "@/db/schema";
import { createSession } from "@/lib/auth/sessions";
import { offlinePack } from "@/lib/sync/offline-pack";
import { makeDevice } from "@/lib/test/fixtures";
import { startAppServer } from "./bench-app-server";

const RATE = 200; // requests a second
const CONNECTIONS = 10;
const SECONDS = 6;
// Rounds of (idle, during) side by side: on a shared machine the load drifts, and the ratio of
// two runs seconds apart is steadier than one of two long runs. The p99 of a 6 s round is its
// 12th-slowest request, and one stall (ten requests queued behind one slow commit) moves it:
// five rounds, and their median, say more than three.
const ROUNDS = 5;

export async function benchBoothDuringExport(file: string, port: number): Promise<void> {
  process.env.FAIRLEAD_DB = file;
  const db = getDb();
  const event = db.select({ id: events.id }).from(events).where(eq(events.slug, "bench-expo")).get()!;
  const organizer = db.select({ id: users.id }).from(users).where(eq(users.email, "bench-organizer@example.com")).get()!;
  const partner = db.select({ id: partners.id }).from(partners).where(eq(partners.eventId, event.id)).orderBy(partners.id).get()!;
  const codes = db.select({ code: attendees.badgeCode }).from(attendees).where(and(eq(attendees.eventId, event.id))).limit(1000).all().map((a) => a.code);
  // RATE phones in turn: one scan a second each, the badge-lookup limit's pace (docs/decisions/032).
  const phones = Array.from({ length: RATE }, (_, i) => makeDevice(event.id, partner.id, `Bench phone ${i + 1}`));
  const notice = offlinePack(phones[0]!)!.notices[0]!;
  let turn = 0;
  const session = createSession({ kind: "organizer", userId: organizer.id });
  closeDb();

  let n = 0;
  const scan = () => {
    const at = new Date().toISOString();
    const i = n++;
    // Each attendee always makes the same choice: a share after a decline would be refused
    // (only the attendee can share again after a withdrawal: lib/booth/reshare-rule.ts).
    const decision = { choice: (i % codes.length) % 3 ? "share" : "decline", drawing: false, noticeId: notice.noticeId, noticeSha256: notice.sha256, language: notice.language, decidedAt: at };
    return JSON.stringify({ scanId: randomUUID(), code: codes[i % codes.length], scannedAt: at, decision });
  };
  const base = `http://127.0.0.1:${port}`;
  const sync = (seconds: number) =>
    autocannon({
      url: `${base}/api/booth/sync`,
      connections: CONNECTIONS,
      overallRate: RATE,
      duration: seconds,
      requests: [
        {
          method: "POST",
          headers: { "content-type": "application/json" },
          setupRequest: (req) => ({ ...req, headers: { ...req.headers, cookie: `fairlead_device=${phones[turn++ % RATE]!.sessionToken}` }, body: scan() }),
        },
      ],
    });
  const exportZip = async () => {
    const started = performance.now();
    const response = await fetch(`${base}/events/${event.id}/exports/all`, { method: "POST", headers: { cookie: `fairlead_organizer=${session.token}`, origin: base } });
    if (!response.ok) throw new Error(`The export answered ${response.status}: ${await response.text()}`);
    const bytes = (await response.arrayBuffer()).byteLength;
    return { seconds: (performance.now() - started) / 1000, bytes };
  };

  const { stop } = await startAppServer(port, "export", { dbFile: file });
  try {
    await sync(3); // warm-up: the routes compiled, the statements prepared
    await exportZip(); // warm-up: the worker's bundle loaded once
    const load = () => os.loadavg().map((l) => l.toFixed(1)).join(" ");
    const alone = await exportZip();
    console.log(`\nThe ZIP from the production server, alone: ${alone.seconds.toFixed(2)} s to the last byte, ${(alone.bytes / 1024 / 1024).toFixed(0)} MB (load average ${load()})`);
    console.log(`Booth sync during the export: single-scan POST /api/booth/sync at ${RATE}/s over ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s idle and ${SECONDS} s during ZIP exports (load average ${load()})`);
    const row = (label: string, r: autocannon.Result) =>
      `  ${label.padEnd(10)} ${r.requests.total} requests, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms, non-2xx ${r.non2xx}, errors ${r.errors}`;
    const ratios: number[] = [];
    const times: number[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const idle = await sync(SECONDS);
      let running = true;
      const during = Promise.resolve(sync(SECONDS)).finally(() => (running = false)); // autocannon returns a thenable
      while (running) times.push((await exportZip()).seconds);
      const busy = await during;
      ratios.push(busy.latency.p99 / idle.latency.p99);
      console.log(row(`${round}: idle`, idle));
      console.log(`${row(`${round}: during`, busy)}   ratio ${ratios.at(-1)!.toFixed(2)}`);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    console.log(`  ZIP exports during the rounds: ${times.map((t) => `${t.toFixed(2)} s`).join(", ")}`);
    console.log(`  p99 during the export / idle p99: median ${median(ratios).toFixed(2)}, worst ${Math.max(...ratios).toFixed(2)} (target ≤ 2; load average ${load()})`);
  } finally {
    stop();
  }
}
