// `npm run bench:export`: the all-partners ZIP export of a big show, timed. Builds a throw-away
// database (100,000 attendees, 1,000 partners, 1,000,000 scans, 600,000 consent events), then
// runs the route's own streaming code (streamAllPartnersZip, piped to /dev/null) in a fresh
// child process, so its peak RSS is the export's alone (with the covering indexes of migration
// 0003, docs/decisions/008-streaming-exports.md). Prints figures; decides nothing. `--keep` keeps the files.
// `--db FILE` skips the build and exports a show kept by an earlier `--keep` run (the build takes
// longer than the export). `--runs N` exports it N times, each in a fresh child. Each run prints
// a digest of every file's sha256, so a change that alters a single byte of output shows.
// Then, in a production server on a copy of the show (`--port N`, 3202 by default; `--no-server`
// skips it, `--server-only` runs it alone on a kept show), the latency of booth sync requests while
// the ZIP is written (bench-export-server.ts).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { Transform } from "node:stream";
import { createHash } from "node:crypto";

const SIZE = { attendees: 100_000, partners: 1_000, scans: 1_000_000, consentEvents: 600_000 };
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const load = () => os.loadavg().map((l) => l.toFixed(1)).join(" ");

/** This process's peak RSS. VmHWM, not getrusage: Linux carries ru_maxrss over from the parent
 * through fork and exec, so a child of the (big) building process would report the parent's. */
function peakRss(): number {
  const hwm = fs.existsSync("/proc/self/status") && /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync("/proc/self/status", "utf8"));
  return hwm ? Number(hwm[1]) * 1024 : process.resourceUsage().maxRSS * 1024;
}

/** CPU seconds of this process's main thread alone: the request thread's share of the export, which booth requests would compete with. */
function mainThreadCpu(): number {
  const stat = fs.existsSync(`/proc/self/task/${process.pid}/stat`) && fs.readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
  if (!stat) return NaN;
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" "); // utime and stime are fields 14 and 15, in clock ticks
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function exportChild(file: string, eventId: number, userId: number, email: string): Promise<void> {
  process.env.FAIRLEAD_DB = file;
  const { streamAllPartnersZip } = await import("@/lib/exports/stream-all-partners");
  const { getDb } = await import("@/db/client");
  getDb(); // open the shared client before measuring, as a running server has it open
  const baseline = process.memoryUsage().rss;
  let sampled = baseline;
  // memoryUsage.rss() reads RSS alone; memoryUsage() also walks the heap, which cost ~0.2 s here.
  const sampler = setInterval(() => (sampled = Math.max(sampled, process.memoryUsage.rss())), 50);
  const [t0, cpu0, main0] = [performance.now(), process.cpuUsage(), mainThreadCpu()];
  let [bytes, firstByte] = [0, 0];
  const counter = new Transform({
    transform(chunk: Buffer, _e, done) {
      if (bytes === 0) firstByte = performance.now() - t0;
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  const zip = await streamAllPartnersZip({ kind: "organizer", userId, email, name: "Bench" }, eventId);
  await pipeline(zip.body, counter, fs.createWriteStream("/dev/null"));
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const mainCpu = mainThreadCpu() - main0;
  clearInterval(sampler);
  const files = zip.recorded();
  const rows = files.reduce((sum, f) => sum + (f.format === "csv" ? f.rows : 0), 0);
  const filesDigest = createHash("sha256").update(files.map((f) => f.sha256).join("\n")).digest("hex").slice(0, 16);
  const result: ChildResult = { seconds, firstByte: firstByte / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, mainCpu, bytes, files: files.length, rows, filesDigest,
    baselineRss: baseline, sampledPeakRss: sampled, maxRss: peakRss() };
  console.log(JSON.stringify(result));
}

/** Writes out the file's dirty pages: else the kernel writes back a just-built or just-copied
 * show (hundreds of MB) during the export, and the figures measure that instead. */
function settle(file: string) {
  for (const f of [file, `${file}-wal`]) {
    if (!fs.existsSync(f)) continue;
    const fd = fs.openSync(f, "r+");
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  }
}

/** What an export child prints as its last line. */
type ChildResult = {
  seconds: number;
  firstByte: number;
  cpuSeconds: number;
  mainCpu: number;
  bytes: number;
  files: number;
  rows: number;
  filesDigest: string;
  baselineRss: number;
  sampledPeakRss: number;
  maxRss: number;
};

function runExport(label: string, file: string, show: { eventId: number; userId: number; email: string }) {
  settle(file);
  const args = ["--import", "tsx", __filename, "--child", file, String(show.eventId), String(show.userId), show.email];
  const run = spawnSync(process.execPath, args, { encoding: "utf8", env: process.env });
  if (run.status !== 0) throw new Error(`${label}: export failed\n${run.stderr}`);
  const r = JSON.parse(run.stdout.trim().split("\n").at(-1)!) as ChildResult;
  console.log(`\n${label} (load average ${load()})`);
  console.log(`  ${r.files} files, ${r.rows.toLocaleString("en")} lead rows, ZIP ${mb(r.bytes)}, files digest ${r.filesDigest}`);
  console.log(`  ${r.seconds.toFixed(2)} s wall (first byte after ${r.firstByte.toFixed(2)} s), ${r.cpuSeconds.toFixed(2)} s CPU (${r.mainCpu.toFixed(2)} s of it on the request thread)`);
  console.log(`  peak RSS ${mb(r.maxRss)} (sampled during the export ${mb(r.sampledPeakRss)}; ${mb(r.baselineRss)} before it started)`);
}

async function plans(file: string) {
  const { openReadSnapshot } = await import("@/db/read-snapshot");
  const { explainQueryPlan } = await import("@/db/query-plan");
  const { queriesForPlans } = await import("@/lib/exports/read-partner-rows");
  const snapshot = openReadSnapshot(file);
  try {
    for (const [name, text] of Object.entries(queriesForPlans(snapshot.db))) {
      console.log(`  ${name}: ${explainQueryPlan(snapshot.db, text).join(" | ")}`);
    }
  } finally {
    snapshot.close();
  }
}

/** The booth's latency during the export, in a production server on a copy of the show (bench-export-server.ts). */
async function boothDuringExport(file: string, port: number) {
  const copy = `${file}.server.db`;
  fs.copyFileSync(file, copy);
  try {
    const { benchBoothDuringExport } = await import("./bench-export-server");
    await benchBoothDuringExport(copy, port);
  } finally {
    for (const f of [copy, `${copy}-wal`, `${copy}-shm`]) fs.rmSync(f, { force: true });
  }
}

/** The event and organizer buildShow made, read from a show kept by an earlier `--keep` run. */
async function keptShow(file: string): Promise<{ eventId: number; userId: number; email: string }> {
  const { openReadSnapshot } = await import("@/db/read-snapshot");
  const { events, users } = await import("@/db/schema");
  const { eq } = await import("drizzle-orm");
  const snapshot = openReadSnapshot(file);
  try {
    const email = "bench-organizer@example.com";
    const event = snapshot.db.select({ id: events.id }).from(events).where(eq(events.slug, "bench-expo")).get();
    const user = snapshot.db.select({ id: users.id }).from(users).where(eq(users.email, email)).get();
    if (!event || !user) throw new Error(`${file} holds no show built by bench:export`);
    return { eventId: event.id, userId: user.id, email };
  } finally {
    snapshot.close();
  }
}

/** Exports a show built by an earlier `--keep` run (its organizer is the one buildShow made). */
async function exportKept(file: string, runs: number) {
  const show = await keptShow(file);
  console.log(`Exporting the kept show in ${file}`);
  await plans(file);
  // Each run exports a fresh copy: an export adds 2,000 exports rows, which later runs would read.
  const copy = `${file}.run.db`;
  for (let run = 1; run <= runs; run++) {
    fs.copyFileSync(file, copy);
    try {
      runExport(`All-partners ZIP export${runs > 1 ? ` ${run}/${runs}` : ""}`, copy, show);
    } finally {
      for (const f of [copy, `${copy}-wal`, `${copy}-shm`]) fs.rmSync(f, { force: true });
    }
  }
}

async function main() {
  const [flag, ...rest] = process.argv.slice(2);
  if (flag === "--child") return exportChild(rest[0]!, Number(rest[1]), Number(rest[2]), rest[3]!);
  const keep = process.argv.includes("--keep");
  const option = (name: string) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const runs = Number(option("--runs") ?? 1);
  const kept = option("--db");
  const port = Number(option("--port") ?? 3202);
  const server = !process.argv.includes("--no-server");
  if (kept) {
    if (!process.argv.includes("--server-only")) await exportKept(path.resolve(kept), runs);
    if (server) await boothDuringExport(path.resolve(kept), port);
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fairlead-bench-export-"));
  const file = path.join(dir, "show.db");
  process.env.FAIRLEAD_DB = file;
  const { closeDb, getDb, migrateDatabase } = await import("@/db/client");
  const { buildShow } = await import("./bench-export-build");
  console.log(`Building the show in ${file} (load average ${load()}) …`);
  const started = performance.now();
  migrateDatabase(getDb());
  const show = buildShow(getDb(), SIZE);
  closeDb();
  console.log(`  built in ${((performance.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(show.counts)}`);
  console.log(`  RSS after building ${mb(process.memoryUsage().rss)} (peak while building ${mb(peakRss())}), file ${mb(fs.statSync(file).size)}`);

  console.log("\nQuery plans:");
  await plans(file);
  for (let run = 1; run <= runs; run++) runExport(`All-partners ZIP export${runs > 1 ? ` ${run}/${runs}` : ""}`, file, show);
  if (server) await boothDuringExport(file, port);
  if (keep) console.log(`\nKept ${dir}`);
  else fs.rmSync(dir, { recursive: true, force: true });
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
