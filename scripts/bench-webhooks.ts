// `npm run bench:webhooks [-- --rate 50 --seconds 60 --outage 60 --after 60 --phones 50 --port N]`:
// issue 14 §2's webhook figures (docs/benchmarks/webhooks.md). On the production server and a
// fresh database (bench-app-server.ts), one partner with the agreement accepted and one endpoint
// pointing at a receiver in this process, which verifies every signature with `standardwebhooks`.
// Booth phones send shares through the real sync endpoint at `--rate` decisions a second:
//  1. steady, `--seconds`: decision → webhook received latency (p50, p95, p99, max);
//  2. outage: the receiver answers 503 for `--outage` seconds while decisions go on, then 204 for
//     `--after` seconds: every event delivered? none answered 2xx twice? order kept? how long from
//     the receiver's return until the backlog was delivered, and the latency of later decisions.
// Each decision's send time is kept by its scan, and the sync answer names its consent, whose
// webhook-id is `ce_<consent id>`. Prints figures; decides nothing.
import { execSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import { parseArgs } from "node:util";
import { count, inArray } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { closeDb, getDb } from "@/db/client";
import { consentEvents, mailOutbox } from "@/db/schema";
import { createAttendee } from "@/lib/attendees/attendees";
import { OPERATOR } from "@/lib/auth/actor";
import { offlinePack } from "@/lib/sync/offline-pack";
import { makeDevice, makeEvent, makePartnerMember, openAgreementGate } from "@/lib/test/fixtures";
import { addEndpoint, listEndpoints } from "@/lib/webhooks/endpoints";
import { freePort, startAppServer } from "./bench-app-server";

const { values: opts } = parseArgs({
  options: {
    rate: { type: "string", default: "50" },
    seconds: { type: "string", default: "60" },
    warmup: { type: "string", default: "3" },
    outage: { type: "string", default: "60" },
    after: { type: "string", default: "60" },
    phones: { type: "string", default: "50" },
    port: { type: "string" },
  },
});
const [rate, seconds, warmup, outage, afterOutage] = [opts.rate, opts.seconds, opts.warmup, opts.outage, opts.after].map(Number) as [number, number, number, number, number];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const now = () => performance.now();
const uptime = (when: string) => console.log(`uptime ${when}: ${execSync("uptime").toString().trim()}`);

// --- The receiver: every request verified, kept with when it came and what it was answered.
type Arrival = { id: string; at: number; wall: number; answered: number; valid: boolean };
const arrivals: Arrival[] = [];
/** The first 2xx-answered arrival of each webhook-id. */
const delivered = new Map<string, Arrival>();
let answer = 204;
let verifier: Webhook | null = null;

function startReceiver(): Promise<{ url: string; close: () => void }> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const at = now();
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
      let valid = false;
      try {
        verifier?.verify(Buffer.concat(chunks).toString("utf8"), headers);
        valid = verifier !== null;
      } catch {
        // counted below: a signature that does not verify
      }
      const arrival = { id: headers["webhook-id"] ?? "", at, wall: Date.now(), answered: answer, valid };
      arrivals.push(arrival);
      if (answer < 300 && !delivered.has(arrival.id)) delivered.set(arrival.id, arrival);
      res.writeHead(answer).end();
    });
  });
  server.keepAliveTimeout = 30_000;
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve({ url: `http://localhost:${(server.address() as AddressInfo).port}/hook`, close: () => server.close() })),
  );
}

// --- The booths: shares of distinct attendees (each adds a ledger row: one webhook each).
type Setup = { base: string; event: ReturnType<typeof makeEvent>; notice: NonNullable<ReturnType<typeof offlinePack>>["notices"][number]; cookies: string[] };
let setup: Setup;
type Sent = { scanId: string; at: number; ackAt?: number; status?: number; consentId?: number };
let next = 0;

async function sendOne(into: Sent[]): Promise<void> {
  const { base, event, notice, cookies } = setup;
  const i = next++;
  const attendee = event.attendees[i]!;
  const at = new Date().toISOString();
  const decision = { choice: "share", drawing: true, noticeId: notice.noticeId, noticeSha256: notice.sha256, language: notice.language, decidedAt: at, personalCode: attendee.personalToken };
  const sent: Sent = { scanId: randomUUID(), at: now() };
  into.push(sent);
  const body = JSON.stringify({ scanId: sent.scanId, code: attendee.badgeCode, scannedAt: at, decision });
  try {
    const res = await fetch(`${base}/api/booth/sync`, { method: "POST", headers: { "content-type": "application/json", cookie: cookies[i % cookies.length]! }, body });
    const result = (await res.json()) as { ok: boolean; decision?: { consentId: number; changed: boolean } | null };
    [sent.ackAt, sent.status] = [now(), res.status];
    if (result.ok && result.decision?.changed) sent.consentId = result.decision.consentId;
  } catch {
    sent.status = -1;
  }
}

/** `rate` decisions a second for `duration` seconds, on a schedule (a late tick sends what is due). */
async function drive(duration: number): Promise<Sent[]> {
  const sent: Sent[] = [];
  const inFlight: Promise<void>[] = [];
  const start = now();
  const total = Math.round(duration * rate);
  for (let n = 0; n < total; ) {
    const due = Math.min(total, Math.floor(((now() - start) / 1000) * rate) + 1);
    for (; n < due; n++) inFlight.push(sendOne(sent));
    await sleep(5);
  }
  await Promise.all(inFlight);
  return sent;
}

const consentsOf = (sent: Sent[]) => sent.filter((s) => s.consentId !== undefined);
const idOf = (s: Sent) => `ce_${s.consentId}`;

/** Waits until every recorded decision of `sent` was answered 2xx at the receiver; false after `timeoutS`. */
async function allDelivered(sent: Sent[], timeoutS: number): Promise<boolean> {
  const deadline = now() + timeoutS * 1000;
  while (now() < deadline) {
    if (consentsOf(sent).every((s) => delivered.has(idOf(s)))) return true;
    await sleep(50);
  }
  return false;
}

// --- Figures.
function pct(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}
const ms = (x: number) => (Number.isNaN(x) ? "–" : x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${Math.round(x)} ms`);
const dist = (xs: number[]) => `p50 ${ms(pct(xs, 50))}, p95 ${ms(pct(xs, 95))}, p99 ${ms(pct(xs, 99))}, max ${ms(Math.max(...xs))} (n ${xs.length})`;

/** The server's own record time of each consent (wall clock, same machine): splits the path at the commit. */
function recordedAt(ids: number[]): Map<number, number> {
  const map = new Map<number, number>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = getDb().select({ id: consentEvents.id, at: consentEvents.recordedAt }).from(consentEvents).where(inArray(consentEvents.id, ids.slice(i, i + 500))).all();
    for (const r of rows) map.set(r.id, r.at.getTime());
  }
  return map;
}

function latencies(label: string, sent: Sent[]) {
  const recorded = consentsOf(sent);
  const refused = sent.length - recorded.length;
  const got = recorded.filter((s) => delivered.has(idOf(s)));
  const at = recordedAt(got.map((s) => s.consentId!));
  console.log(`${label}: ${sent.length} decisions sent, ${recorded.length} recorded (${refused} not: ${[...new Set(sent.filter((s) => !s.consentId).map((s) => s.status))].join(", ") || "none"}), ${got.length} delivered`);
  if (got.length === 0) return;
  console.log(`  decision → webhook received: ${dist(got.map((s) => delivered.get(idOf(s))!.at - s.at))}`);
  console.log(`  decision → sync answered:    ${dist(got.map((s) => s.ackAt! - s.at))}`);
  console.log(`  recorded (server clock) → received: ${dist(got.map((s) => delivered.get(idOf(s))!.wall - at.get(s.consentId!)!))}`);
}

/** The send time of the first decision by which the sender had delivered every earlier one: no longer behind. */
function caughtUp(sent: Sent[]): number {
  let latest = -Infinity;
  for (let i = 0; i + 1 < sent.length; i++) {
    latest = Math.max(latest, delivered.get(idOf(sent[i]!))?.at ?? Infinity);
    if (latest <= sent[i + 1]!.at) return sent[i + 1]!.at;
  }
  return Infinity;
}

/** Gaps between consecutive requests at the receiver in [from, to]: while the sender is behind, its time per delivery. */
function cycle(label: string, from: number, to: number) {
  const at = arrivals.filter((a) => a.at >= from && a.at <= to).map((a) => a.at);
  const gaps = at.slice(1).map((t, i) => t - at[i]!);
  if (gaps.length === 0) return;
  const rateNow = gaps.length / ((at.at(-1)! - at[0]!) / 1000);
  console.log(`  ${label}: ${rateNow.toFixed(1)} deliveries/s; gap between deliveries ${dist(gaps)}`);
}

/** Over every arrival so far: duplicates among 2xx answers, 2xx answers out of consent order, bad signatures. */
function integrity() {
  const ok = arrivals.filter((a) => a.answered < 300);
  const seen = new Map<string, number>();
  for (const a of ok) seen.set(a.id, (seen.get(a.id) ?? 0) + 1);
  let [outOfOrder, last] = [0, -1];
  for (const a of ok) {
    const n = Number(a.id.slice(3));
    if (n <= last) outOfOrder++;
    last = Math.max(last, n);
  }
  let [attemptsBack, headLast] = [0, -1]; // every attempt, 2xx or not: the head of the line never moves back
  for (const a of arrivals) {
    const n = Number(a.id.slice(3));
    if (n < headLast) attemptsBack++;
    headLast = Math.max(headLast, n);
  }
  const duplicates = [...seen.values()].filter((c) => c > 1).length;
  const invalid = arrivals.filter((a) => !a.valid).length;
  console.log(
    `  receiver: ${arrivals.length} requests (${ok.length} answered 2xx, ${arrivals.length - ok.length} answered 503); ` +
      `ids answered 2xx twice: ${duplicates}; 2xx out of consent order: ${outOfOrder}; attempts behind an earlier one: ${attemptsBack}; bad signatures: ${invalid}`,
  );
  if (duplicates || outOfOrder || invalid) process.exitCode = 1;
}

/** The mail sender shares the webhook sender's thread: what it had left to send (share confirmations, capped at 10/s). */
function mailBacklog(): string {
  const rows = getDb().select({ status: mailOutbox.status, n: count() }).from(mailOutbox).groupBy(mailOutbox.status).all();
  return rows.map((r) => `${r.n} ${r.status}`).join(", ") || "none";
}

async function main() {
  const receiver = await startReceiver();
  const { base, stop } = await startAppServer(opts.port ? Number(opts.port) : await freePort(), "webhooks");
  try {
    const needed = Math.ceil((warmup + seconds + outage + afterOutage) * rate) + 100;
    const made = performance.now();
    const event = makeEvent({ partnerCount: 1, attendeeCount: 0 });
    // A commit per 500 attendees (nested transactions are savepoints): 1.6 ms an attendee, not 8, and
    // the lock is never held long enough for the server's mail thread to time out on it.
    for (let i = 0; i < needed; i += 500) {
      const add = (j: number) => ({ ...createAttendee(OPERATOR, event.eventId, { firstName: `Ada${j}`, lastName: "Lovelace", email: `ada${j}@bench.example` }), firstName: `Ada${j}`, email: `ada${j}@bench.example` });
      event.attendees.push(...getDb().transaction(() => Array.from({ length: Math.min(500, needed - i) }, (_, k) => add(i + k))));
    }
    const partner = event.partners[0]!;
    const phones = Array.from({ length: Number(opts.phones) }, (_, i) => makeDevice(event.eventId, partner.id, `Bench phone ${i + 1}`));
    const admin = await makePartnerMember(event.eventId, partner.id, "admin");
    openAgreementGate(admin);
    await addEndpoint(admin, event.eventId, partner.id, { url: receiver.url });
    verifier = new Webhook(listEndpoints(admin, event.eventId, partner.id)[0]!.secret);
    setup = { base, event, notice: offlinePack(phones[0]!)!.notices[0]!, cookies: phones.map((p) => `fairlead_device=${p.sessionToken}`) };
    console.log(
      `\n${needed} attendees, ${phones.length} phones, one endpoint at ${receiver.url} (set up in ${((performance.now() - made) / 1000).toFixed(0)} s); ` +
        `${rate} decisions/s; ${os.cpus().length} CPUs`,
    );

    const warm = await drive(warmup);
    console.log(`warm-up: ${warm.length} decisions, all delivered: ${await allDelivered(warm, 60)}`);

    uptime("before the steady run");
    const steady = await drive(seconds);
    const steadyDone = await allDelivered(steady, 60);
    uptime("after the steady run");
    const steadyEnd = Math.max(...consentsOf(steady).map((s) => delivered.get(idOf(s))?.at ?? 0));
    latencies(`\n1. steady, ${seconds} s at ${rate}/s${steadyDone ? "" : " (NOT all delivered within 60 s of the last)"}`, steady);
    cycle("the sender, over the steady run", steady[0]!.at, steadyEnd);
    integrity();
    console.log(`  mail outbox (same thread): ${mailBacklog()}`);
    if (outage <= 0) return; // `--outage 0`: the steady run only

    uptime("before the outage");
    answer = 503;
    const outageStart = now();
    const during = await drive(outage);
    answer = 204;
    const back = now();
    console.log(`\n2. outage: the receiver answered 503 for ${((back - outageStart) / 1000).toFixed(1)} s while ${during.length} decisions were sent; then 204`);
    const after = await drive(afterOutage);
    const all = [...during, ...after];
    const done = await allDelivered(all, 600);
    uptime("after the outage run");
    const firstBack = arrivals.find((a) => a.at >= back);
    const drainedAt = Math.max(...consentsOf(during).map((s) => delivered.get(idOf(s))?.at ?? Infinity));
    const lastAt = Math.max(...consentsOf(all).map((s) => delivered.get(idOf(s))?.at ?? Infinity));
    const recorded = consentsOf(all);
    const missing = recorded.filter((s) => !delivered.has(idOf(s))).length;
    console.log(`  every event delivered: ${done ? "yes" : "NO"} (${recorded.length - missing} of ${recorded.length} recorded decisions answered 2xx at the receiver)`);
    console.log(`  first request after the receiver came back: ${firstBack ? `${ms(firstBack.at - back)} later` : "none"} (the endpoint's next retry)`);
    console.log(
      `  backlog (the ${consentsOf(during).length} decisions of the outage) delivered ${ms(drainedAt - back)} after the receiver came back, ` +
        `at ${(consentsOf(during).length / ((drainedAt - (firstBack?.at ?? back)) / 1000)).toFixed(0)} deliveries/s once sending resumed`,
    );
    console.log(`  everything delivered ${ms(lastAt - back)} after the receiver came back (the last decision was sent at ${ms(after.at(-1)!.at - back)})`);
    cycle("the sender, draining the backlog", firstBack?.at ?? back, drainedAt);
    latencies("  decisions sent during the outage", during);
    latencies("  decisions sent after the receiver came back", after);
    const caught = caughtUp(consentsOf(after));
    console.log(`  caught up (everything sent so far delivered before the next decision) ${ms(caught - back)} after the receiver came back`);
    latencies("  decisions sent once caught up", after.filter((s) => s.at >= caught));
    integrity();
    console.log(`  mail outbox (same thread): ${mailBacklog()}`);
    if (!done) process.exitCode = 1;
  } finally {
    receiver.close();
    closeDb();
    stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
