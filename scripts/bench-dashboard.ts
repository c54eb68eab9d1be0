// `npm run bench:dashboard [-- --scans N --partners N --attendees N --runs N --fresh]`: builds
// one large event (by default 1,000 partners, 50,000 attendees, 1,000,000 scans over 30 hours,
// about 600,000 consent decisions) next to a small one, then times the organizer dashboard's
// figures (lib/dashboard/event-figures.ts) on it. Prints figures; decides nothing. The database
// is kept in the temp folder and reused for the same size unless --fresh.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { count, eq } from "drizzle-orm";
import { bulkLoad } from "@/db/bulk-load";
import { closeDb, getDb, migrateDatabase } from "@/db/client";
import { attendees, consentEvents, events, partners, scans } from "@/db/schema";
import { OPERATOR } from "@/lib/auth/actor";
import { maxAgeMs } from "@/lib/dashboard/dashboard-figures";
import { eventFigures } from "@/lib/dashboard/event-figures";
import { phoneFlags } from "@/lib/dashboard/phone-flags";
import { scanHoursOf } from "@/lib/dashboard/scans-per-hour";
import { standingDecisionsByPartner } from "@/lib/dashboard/standing-decisions";
import { summarizeDrawings } from "@/lib/drawing/drawing-summary";
import { generateEvent, type BenchSize } from "./bench-dashboard-data";

const { values: opts } = parseArgs({
  options: {
    scans: { type: "string", default: "1000000" },
    partners: { type: "string", default: "1000" },
    attendees: { type: "string", default: "50000" },
    runs: { type: "string", default: "5" },
    fresh: { type: "boolean", default: false },
  },
});
const size: BenchSize = { scans: Number(opts.scans), partners: Number(opts.partners), attendees: Number(opts.attendees), hours: 30 };
const runs = Number(opts.runs);
const START = Date.UTC(2026, 2, 14, 8);
const NOW = new Date(START + (size.hours + 0.5) * 3_600_000);

const file = path.join(os.tmpdir(), `fairlead-bench-dashboard-v4-${size.partners}p-${size.attendees}a-${size.scans}s.db`);
if (opts.fresh) for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
const reuse = fs.existsSync(file);
process.env.FAIRLEAD_DB = file;
const db = getDb();
if (!reuse) {
  migrateDatabase(db);
  const t0 = performance.now();
  // No ANALYZE: the app never runs it, so the planner sees what it sees in production.
  bulkLoad(db, () => {
    generateEvent("bench-big", size, START);
    generateEvent("bench-other", { partners: 5, attendees: 100, scans: 2000, hours: 8 }, START);
  });
  console.log(`generated in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${file}`);
} else {
  console.log(`reusing ${file} (--fresh to rebuild)`);
}
const { id: eventId } = db.select({ id: events.id }).from(events).where(eq(events.slug, "bench-big")).get()!;
const rows = (table: typeof partners | typeof attendees | typeof scans | typeof consentEvents) =>
  db.select({ n: count() }).from(table).where(eq(table.eventId, eventId)).get()!.n;
console.log(
  `event: ${rows(partners)} partners, ${rows(attendees)} attendees, ${rows(scans)} scans, ${rows(consentEvents)} consent events, ` +
    `${(fs.statSync(file).size / 1e6).toFixed(0)} MB file`,
);

function time<T>(label: string, work: () => T): { result: T; median: number } {
  const ms: number[] = [];
  let result!: T;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = work();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  const median = ms[Math.floor(ms.length / 2)]!;
  console.log(`${label.padEnd(34)} median ${median.toFixed(0).padStart(5)} ms   min ${ms[0]!.toFixed(0).padStart(5)}   max ${ms.at(-1)!.toFixed(0).padStart(5)}   (${runs} runs)`);
  return { result, median };
}

const { result: figures, median } = time("eventFigures (the whole dashboard)", () => eventFigures(OPERATOR, eventId, NOW));
time("  standing decisions per partner", () => standingDecisionsByPartner(eventId));
time("  scans per hour", () => scanHoursOf(eventId, "UTC"));
time("  scans per hour, Asia/Kolkata", () => scanHoursOf(eventId, "Asia/Kolkata"));
time("  drawings (lib/drawing summary)", () => summarizeDrawings(OPERATOR, eventId, NOW));
time("  phone flags (worth a look)", () => phoneFlags(eventId));
const t = figures.totals;
console.log(
  `figures: ${t.attendees} attendees, ${t.scans} scans, ${t.visitors} visitors, ${t.leads} leads of ${t.decided} decided ` +
    `(${((t.shareRate ?? 0) * 100).toFixed(1)}%), ${t.withdrawals} withdrawals, ${figures.hours.length} hours, ` +
    `${figures.drawings[0]?.entries ?? 0} drawing entries (${figures.drawings[0]?.eligible ?? 0} eligible)`,
);
const flagged = figures.phones;
const sum = (key: "shares" | "typed" | "fast" | "runs") => flagged.reduce((n, p) => n + p[key], 0);
console.log(
  `phone flags: ${flagged.length} phones worth a look, with ${sum("shares")} shares: ${sum("typed")} typed, ` +
    `${sum("fast")} decided in under 2 s, ${sum("runs")} runs`,
);
console.log(`the page reuses figures that cost this much for ${(maxAgeMs(median) / 1000).toFixed(1)} s (lib/dashboard/dashboard-figures.ts)`);
closeDb();
