// `npm run bench:booth-items [-- --items 10000 --batch 20 --rounds 5 --attendees 1000]`:
// the booth's write path alone, in this process (no HTTP, no writer thread): the same items as
// bench:ingest (a new scan with a decision each, share and decline in turn, drawing on, a share
// carrying the attendee's personal code) through recordBoothItems in batches, one transaction
// each. Prints the CPU (user + system) per item for each round and their median: steadier on a
// shared machine than a server's requests per second, whose wall time also holds other
// processes' turns. For a profile: `node --cpu-prof --import tsx scripts/bench-booth-items.ts`.
// Then the mail sender's share of the work: its ledger reading (enqueue-ledger-mail.ts) over
// every row the rounds wrote, in its slices, as CPU per ledger row and time per slice.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setImmediate as turn } from "node:timers/promises";
import { parseArgs } from "node:util";
import { count } from "drizzle-orm";
import { closeDb, getDb, migrateDatabase } from "@/db/client";
import { consentEvents } from "@/db/schema";
import { recordBoothItems } from "@/lib/booth/record-booth-items";
import { enqueueLedgerMail, LEDGER_ROWS_PER_PASS } from "@/lib/mail/enqueue-ledger-mail";
import { offlinePack } from "@/lib/sync/offline-pack";
import { makeDevice, makeEvent } from "@/lib/test/fixtures";

const { values: opts } = parseArgs({
  options: {
    items: { type: "string", default: "10000" },
    batch: { type: "string", default: "20" },
    rounds: { type: "string", default: "5" },
    attendees: { type: "string", default: "1000" },
  },
});
const [perRound, batch, rounds, attendeeCount] = [opts.items, opts.batch, opts.rounds, opts.attendees].map(Number) as [number, number, number, number];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fairlead-bench-items-"));
process.env.FAIRLEAD_DB = path.join(dir, "bench.db");
migrateDatabase(getDb());

const event = makeEvent({ partnerCount: 1, attendeeCount });
// Batches from 100 phones in turn, as at a show: one phone sending 50,000 items would meet its
// badge-lookup limit (docs/decisions/032).
const phones = Array.from({ length: 100 }, (_, i) => makeDevice(event.eventId, event.partners[0]!.id, `Bench phone ${i + 1}`));
let nextPhone = 0;
const notice = offlinePack(phones[0]!)!.notices[0]!;

let n = 0;
function item() {
  const at = new Date().toISOString();
  const i = n++;
  const attendee = event.attendees[i % event.attendees.length]!;
  const choice = i % 3 ? "share" : "decline";
  const personalCode = choice === "share" ? attendee.personalToken : undefined;
  const decision = { choice, drawing: true, noticeId: notice.noticeId, noticeSha256: notice.sha256, language: notice.language, decidedAt: at, personalCode };
  return { scanId: randomUUID(), code: attendee.badgeCode, scannedAt: at, decision };
}

/** Writes `count` items in batches; returns ms of CPU per item and how many were refused. */
async function round(count: number): Promise<{ cpuMs: number; refused: number }> {
  const batches = Array.from({ length: Math.ceil(count / batch) }, () => Array.from({ length: batch }, item));
  let refused = 0;
  const start = process.cpuUsage();
  for (const items of batches) {
    refused += recordBoothItems(phones[nextPhone++ % phones.length]!, items).filter((r) => !r.ok).length;
    await turn(); // as the writer thread between groups: what a commit scheduled runs here
  }
  const used = process.cpuUsage(start);
  return { cpuMs: (used.user + used.system) / 1000 / (batches.length * batch), refused };
}

async function main() {
  await round(Math.min(perRound, 2000)); // warm-up: statements prepared, JIT
  console.log(`${rounds} rounds of ${perRound} items in batches of ${batch}; ${os.cpus().length} CPUs, load average ${os.loadavg()[0]!.toFixed(2)}`);
  const figures: number[] = [];
  for (let r = 1; r <= rounds; r++) {
    const { cpuMs, refused } = await round(perRound);
    figures.push(cpuMs);
    console.log(`round ${r}: ${cpuMs.toFixed(3)} ms CPU per item${refused ? ` (${refused} refused)` : ""}`);
  }
  const median = [...figures].sort((a, b) => a - b)[Math.floor(figures.length / 2)]!;
  console.log(`median ${median.toFixed(3)} ms CPU per item (load average now ${os.loadavg()[0]!.toFixed(2)})`);
  const appended = getDb().select({ n: count() }).from(consentEvents).get()!.n;
  console.log(`ledger rows appended: ${appended} for ${n} items (a decision that does not change the standing one adds none)`);
  mailReading();
}

/** The sender's reading of the ledger rows the rounds wrote: what it costs the server's thread. */
function mailReading() {
  const start = process.cpuUsage();
  const began = performance.now();
  let rows = 0;
  let slices = 0;
  for (let read = LEDGER_ROWS_PER_PASS; read === LEDGER_ROWS_PER_PASS; slices++) rows += read = enqueueLedgerMail();
  const used = process.cpuUsage(start);
  const cpuMs = (used.user + used.system) / 1000;
  console.log(`mail: ${rows} ledger rows read into the outbox in ${slices} slices: ${((cpuMs / rows) * 1000).toFixed(1)} µs CPU per row, ${((performance.now() - began) / slices).toFixed(2)} ms a slice`);
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => {
    closeDb();
    fs.rmSync(dir, { recursive: true, force: true });
  });
