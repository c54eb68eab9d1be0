// `npm run bench:badges [count] [format]`: time and memory to stream the badges of a big event
// as one PDF (default 10,000 A4 badges), read as fast as it comes. Prints figures; decides
// nothing (docs/decisions/005-printable-badges.md).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { closeDb, getDb, migrateDatabase } from "@/db/client";
import { OPERATOR } from "@/lib/auth/actor";
import { BadgeFormat } from "@/lib/badges/badge-layouts";
import { writeBadgePdf } from "@/lib/badges/write-badge-pdf";
import { createEvent } from "@/lib/events/events";
import { insertAttendees } from "@/lib/test/bulk-attendees";

const COUNT = Number(process.argv[2] ?? 10_000);
const FORMAT = BadgeFormat.parse(process.argv[3] ?? "a4");
const MB = 1024 * 1024;

async function main() {
  const file = path.join(os.tmpdir(), `fairlead-bench-badges-${process.pid}.db`);
  process.env.FAIRLEAD_DB = file;
  migrateDatabase(getDb());
  const event = createEvent(OPERATOR, { name: "Benchmark Expo", slug: `bench-${process.pid}` });
  insertAttendees(event.id, COUNT);

  const out = path.join(os.tmpdir(), `fairlead-bench-badges-${process.pid}.pdf`);
  const sink = fs.createWriteStream(out);
  const rssBefore = process.memoryUsage().rss;
  let peakRss = rssBefore;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  const started = performance.now();
  let firstByte = 0;
  let bytes = 0;
  const pdf = writeBadgePdf(OPERATOR, event.id, { format: FORMAT }, "https://fairlead.example");
  for await (const chunk of pdf.chunks) {
    if (!firstByte) firstByte = performance.now() - started;
    bytes += chunk.length;
    // Wait for the disk like a response waits for the network.
    if (!sink.write(chunk)) await new Promise<void>((resolve) => sink.once("drain", () => resolve()));
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  await new Promise<void>((resolve) => sink.end(() => resolve()));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);

  console.log(`${COUNT} badges, ${FORMAT} (${pdf.pages} pages), streamed to ${out}`);
  console.log(`time        ${seconds.toFixed(1)} s (${((COUNT / seconds) | 0)} badges/s), first bytes after ${firstByte.toFixed(0)} ms`);
  console.log(`file        ${(bytes / MB).toFixed(1)} MB (${((bytes / COUNT / 1024) || 0).toFixed(1)} kB a badge)`);
  console.log(`peak RSS    ${(peakRss / MB).toFixed(0)} MB (${((peakRss - rssBefore) / MB).toFixed(0)} MB above the ${(rssBefore / MB).toFixed(0)} MB before printing)`);
  closeDb();
  for (const f of [file, `${file}-wal`, `${file}-shm`, out]) fs.rmSync(f, { force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
