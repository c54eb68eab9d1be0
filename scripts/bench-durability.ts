// `npm run bench:durability`: what synchronous=FULL costs per booth decision, against NORMAL,
// on a real file. Prints figures; decides nothing (docs/decisions/002-durable-commits.md).
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { closeDb, getDb, migrateDatabase } from "@/db/client";
import { recordDecision } from "@/lib/consent/record-decision";
import { openScan } from "@/lib/scans/open-scan";
import { makeDevice, makeEvent } from "@/lib/test/fixtures";

const N = Number(process.argv[2] ?? 2000);

function run(mode: "FULL" | "NORMAL"): { perSecond: number; p50: number; p99: number } {
  const file = path.join(os.tmpdir(), `fairlead-bench-${mode}-${process.pid}.db`);
  process.env.FAIRLEAD_DB = file;
  migrateDatabase(getDb());
  getDb().$client.pragma(`synchronous = ${mode}`);
  const event = makeEvent({ partnerCount: 1, attendeeCount: 200 });
  // Phones in turn, 100 decisions each: one phone this fast would meet its badge-lookup limit (docs/decisions/032).
  const phones = Array.from({ length: Math.ceil(N / 100) }, (_, i) => makeDevice(event.eventId, event.partners[0]!.id, `Bench phone ${i + 1}`));
  const times: number[] = [];
  const started = performance.now();
  for (let i = 0; i < N; i++) {
    const code = event.attendees[i % event.attendees.length]!.badgeCode;
    const device = phones[i % phones.length]!;
    const t0 = performance.now();
    const read = { scanId: randomUUID(), code, scannedAt: new Date() };
    const { notice } = openScan(device, read);
    recordDecision(device, { ...read, choice: i % 2 ? "share" : "decline", drawing: true, noticeId: notice.noticeId, noticeSha256: notice.sha256, language: "en", decidedAt: new Date() });
    times.push(performance.now() - t0);
  }
  const seconds = (performance.now() - started) / 1000;
  closeDb();
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { perSecond: N / seconds, p50: at(0.5), p99: at(0.99) };
}

console.log(`${N} booth decisions (scan + consent event + drawing entry, two transactions each), ${os.tmpdir()}`);
for (const mode of ["NORMAL", "FULL"] as const) {
  const r = run(mode);
  console.log(`synchronous=${mode.padEnd(6)} ${r.perSecond.toFixed(0).padStart(6)} decisions/s   p50 ${r.p50.toFixed(2)} ms   p99 ${r.p99.toFixed(2)} ms`);
}
