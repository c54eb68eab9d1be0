// `npm run bench:catch-up -- --db SHOW.db`: the first checkpoint of a big ledger that was never
// checkpointed (a show kept from before checkpoints, or one made by `npm run bench:export --
// --keep`), as the server writes it: in slices between other work (lib/ledger/write-checkpoint.ts).
// Works on a copy of the file with its checkpoints removed; prints the time, the longest stall
// of the event loop (what a request on that thread would wait at most) and the memory it took.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { count, desc } from "drizzle-orm";
import { getDb, migrateDatabase } from "@/db/client";
import { consentEvents, ledgerCheckpoints } from "@/db/schema";
import { writeCheckpointInSlices } from "@/lib/ledger/write-checkpoint";

const { values } = parseArgs({ options: { db: { type: "string" } } });
if (!values.db) throw new Error("Name a show's database: --db FILE");

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fairlead-catch-up-"));
  const file = path.join(dir, "show.db");
  fs.copyFileSync(values.db!, file);
  process.env.FAIRLEAD_DB = file;
  const db = getDb();
  migrateDatabase(db);
  db.delete(ledgerCheckpoints).run();
  const biggest = db
    .select({ eventId: consentEvents.eventId, rows: count() })
    .from(consentEvents)
    .groupBy(consentEvents.eventId)
    .orderBy(desc(count()))
    .get();
  if (!biggest) throw new Error("The show's ledger is empty.");
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const start = performance.now();
  const checkpoint = await writeCheckpointInSlices(biggest.eventId, () => new Date());
  const ms = performance.now() - start;
  clearInterval(sample);
  delay.disable();
  console.log(
    `first checkpoint of ${checkpoint?.rows.toLocaleString("en")} ledger rows: ${(ms / 1000).toFixed(2)} s, ` +
      `longest event-loop stall ${(delay.max / 1e6).toFixed(0)} ms, RSS +${Math.round((peak - before) / 1e6)} MB ` +
      `(load ${os.loadavg()[0]!.toFixed(1)})`,
  );
  fs.rmSync(dir, { recursive: true, force: true });
}
void main();
