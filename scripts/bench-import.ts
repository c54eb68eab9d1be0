// `npm run bench:import [rows]`: generates a registration CSV (100,000 rows by default) in a
// temporary folder, imports it into a temporary database through the same path as the upload
// (parse → start → chunks), then imports it again, which must create nobody. Prints figures;
// decides nothing.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { closeDb, getDb, migrateDatabase } from "@/db/client";
import { parseFile } from "@/lib/attendees/import/parse-file";
import { guessMapping } from "@/lib/attendees/import/guess-mapping";
import { startImport } from "@/lib/attendees/import/start-import";
import { OPERATOR } from "@/lib/auth/actor";
import { createEvent } from "@/lib/events/events";

const ROWS = Number(process.argv[2] ?? 100_000);
const FIRST = ["Zoë", "Kwame", "Noah", "Łukasz", "Oğuz", "Seo-yeon", "D'Arcy", "Sofía", "Mei", "Jürgen", "美咲", "Анна"];
const LAST = ["O'Brien", "Hopper", "Chen", "Wiśniewski", "Ó Súilleabháin", "Müller", "García", "Yılmaz", "山田", "Иванова"];
const COMPANIES = ["Northwind Traders", '"Fabrikam, Inc."', '"=HYPERLINK(""http://example.invalid"",""Click"")"', "   Padded Inc   ", '"Line\nBreak Co"', "Contoso Ltd"];

function writeCsv(file: string): number {
  const lines = ["Attendee #,First Name,Last Name,Email,Company,Job Title,Country,Phone number"];
  for (let i = 0; i < ROWS; i++) {
    const first = FIRST[i % FIRST.length]!;
    const last = LAST[(i * 7) % LAST.length]!;
    lines.push(`${9_000_000_000 + i},${first},${last},person${i}@example${i % 97}.example,${COMPANIES[i % COMPANIES.length]},Engineer,DE,+49 30 ${1_000_000 + i}`);
  }
  fs.writeFileSync(file, lines.join("\r\n") + "\r\n");
  return fs.statSync(file).size;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const peakRss = () => process.resourceUsage().maxRSS * 1024;

async function importOnce(label: string, file: string, eventId: number) {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const parsed = await parseFile(fs.readFileSync(file), path.basename(file));
  const parsedAt = performance.now();
  const { done } = startImport(OPERATOR, eventId, { filename: path.basename(file), file: parsed, mapping: guessMapping(parsed.headers) });
  const result = await done;
  const seconds = (performance.now() - t0) / 1000;
  // CPU time too: on a shared machine the wall time also counts other processes' turns.
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(
    `${label.padEnd(10)} ${(ROWS / seconds).toFixed(0).padStart(7)} rows/s   ${seconds.toFixed(2)} s total (parse ${((parsedAt - t0) / 1000).toFixed(2)} s, CPU ${cpuSeconds.toFixed(2)} s)   ` +
      `peak RSS ${mb(peakRss())}   created ${result.created}, updated ${result.updated}, unchanged ${result.unchanged}, rejected ${result.rejected} (${result.status})`,
  );
  return result;
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fairlead-bench-import-"));
  try {
    const csv = path.join(dir, "registrations.csv");
    const size = writeCsv(csv);
    process.env.FAIRLEAD_DB = path.join(dir, "bench.db");
    migrateDatabase(getDb());
    const event = createEvent(OPERATOR, { name: "Bench Expo", slug: "bench-expo" });
    console.log(`${ROWS} rows, ${mb(size)} CSV, database ${process.env.FAIRLEAD_DB} (synchronous=FULL), ${os.cpus().length} CPUs`);
    const first = await importOnce("import", csv, event.id);
    const second = await importOnce("re-import", csv, event.id);
    if (first.created !== ROWS || second.created !== 0 || second.unchanged !== ROWS) {
      console.error("UNEXPECTED: the first import must create every row and the second must create nobody.");
      process.exitCode = 1;
    }
  } finally {
    closeDb();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
