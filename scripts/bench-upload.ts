// `npm run bench:upload`: uploads the crafted workbooks of issue 13 (and large honest CSVs) to
// the import's inspect step of a production server (scripts/bench-app-server.ts), and two 49 MB
// CSVs as the import step sends them, one at a time, while GET /api/ping runs back to back. Prints, per file, the answer, the server's peak
// RSS during the upload and the longest ping. Targets: RSS under 400 MB, no ping over 100 ms.
// `npm run bench:upload -- cap.csv` uploads only the files whose name holds the word, to a fresh
// server (RSS rarely shrinks: a row otherwise carries the peaks before it).
// Prints figures; decides nothing (the machine's load is printed with them).
import { once } from "node:events";
import fs from "node:fs";
import os from "node:os";
import { Worker } from "node:worker_threads";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { attendeeImports } from "@/db/schema";
import { createSession } from "@/lib/auth/sessions";
import { deeplyNested, farAwayCell, millionEmptyRows, sharedStringsBomb } from "@/lib/test/crafted-workbooks";
import { makeEvent, makeOrganizer } from "@/lib/test/fixtures";
import { freePort, startAppServer } from "./bench-app-server";

/** A registration CSV of `rows` honest rows (as bench:import writes); `notes`: more words in the last column. */
function honestCsv(rows: number, notes = 0): Buffer {
  const lines = ["Attendee #,First Name,Last Name,Email,Company,Job Title,Country,Phone number,Notes"];
  for (let i = 0; i < rows; i++) lines.push(`${9_000_000_000 + i},Zoë,O'Brien,person${i}@example${i % 97}.example,Northwind Traders,Engineer,DE,+49 30 ${1_000_000 + i},${"note ".repeat(notes + (i % 30))}`);
  return Buffer.from(lines.join("\r\n"));
}

// The fourth item, "import": uploaded as the import step does (intent=import, so every record
// is kept, not the preview's sample) with a column choice that cannot be read, so the answer
// is the refusal after the whole file was parsed and nothing is written. The last, "write": the
// import step with a column choice that reads, so the 202 comes at once and the rows are written
// after it; the row's time and peak run until the import's status says it ended.
const FILES: [string, string, () => Buffer, ("import" | "write")?][] = [
  ["XFD1 + 2,000 one-cell rows (finding 1)", "far.xlsx", () => farAwayCell()],
  ["a million empty rows", "empty-rows.xlsx", () => millionEmptyRows()],
  ["shared strings bomb (1 GB unpacked)", "bomb.xlsx", () => sharedStringsBomb()],
  ["XML nested a million deep", "deep.xlsx", () => deeplyNested()],
  ["100,000 honest rows (CSV)", "honest.csv", () => honestCsv(100_000)],
  ["honest rows up to the 50 MB cap (CSV)", "cap.csv", () => honestCsv(330_000).subarray(0, 49 * 1024 * 1024)],
  ["longer honest rows up to the cap (CSV)", "cap-long.csv", () => honestCsv(200_000, 20).subarray(0, 49 * 1024 * 1024)],
  ["the same, as the import step (all kept)", "cap-import.csv", () => honestCsv(200_000, 20).subarray(0, 49 * 1024 * 1024), "import"],
  ["honest rows up to the cap, as the import step", "cap-refused-import.csv", () => honestCsv(330_000).subarray(0, 49 * 1024 * 1024), "import"],
  ["49 MB of empty cells (CSV)", "commas.csv", () => Buffer.from(`Email${",".repeat(16_000)}\n`.repeat(3_200))],
  ["longer honest rows up to the cap, written", "cap-write.csv", () => honestCsv(200_000, 20).subarray(0, 49 * 1024 * 1024), "write"],
];
// The columns of honestCsv: Attendee #, First Name, Last Name, Email, Company, Job Title, Country, Phone number.
const MAPPING = { badgeCode: 0, firstName: 1, lastName: 2, email: 3, company: 4, jobTitle: 5, country: 6, phone: 7 };

/** Waits until the import's status is no longer "running"; its status and rows written. */
async function importEnded(importId: number): Promise<string> {
  for (;;) {
    const job = getDb().select({ status: attendeeImports.status, done: attendeeImports.rowsDone }).from(attendeeImports).where(eq(attendeeImports.id, importId)).get();
    if (job && job.status !== "running") return `${job.status}, ${job.done} rows written`;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The Next.js server this benchmark started (start.ts's child, titled "next-server (…)"). */
function serverPid(): number {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(fs.readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1]!.split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  const queue = [process.pid];
  for (let pid = queue.shift(); pid !== undefined; pid = queue.shift()) {
    for (const child of children.get(pid) ?? []) {
      if (/^next-server|next\0start/.test(fs.readFileSync(`/proc/${child}/cmdline`, "utf8"))) return child;
      queue.push(child);
    }
  }
  throw new Error("The Next.js server this benchmark started was not found.");
}

// The pings run on their own thread: this one builds and sends a 49 MB body, which would
// otherwise delay the pings' own answers and be counted as the server's stall.
const PINGER = `
const { parentPort, workerData } = require("node:worker_threads");
let running = true, longest = 0, failed = 0, reason = "";
parentPort.on("message", () => (running = false));
(async () => {
  while (running) {
    const t0 = performance.now();
    await fetch(workerData).then((r) => r.arrayBuffer(), (e) => ((failed += 1), (reason ||= String(e.cause?.code ?? e.cause?.message ?? e.message))));
    longest = Math.max(longest, performance.now() - t0);
  }
  parentPort.postMessage({ longest, failed, reason });
})();
`;

function startPinger(url: string) {
  const worker = new Worker(PINGER, { eval: true, workerData: url });
  return {
    stop: async (): Promise<{ longest: number; failed: number; reason: string }> => {
      worker.postMessage("stop");
      const [result] = (await once(worker, "message")) as [{ longest: number; failed: number; reason: string }];
      await worker.terminate();
      return result;
    },
  };
}

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))![1]) / 1024;

async function main() {
  const port = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : await freePort();
  const server = await startAppServer(port, "upload");
  try {
    const organizer = await makeOrganizer();
    const { eventId } = makeEvent({ organizer, attendeeCount: 0 });
    const { token } = createSession({ kind: "organizer", userId: organizer.userId });
    const pid = serverPid();
    console.log(`${server.base}, server pid ${pid}, idle RSS ${rssMb(pid).toFixed(0)} MB; ${os.cpus().length} CPUs, load ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}\n`);
    console.log("file                                      size     answer                                                    time    peak RSS  longest ping");
    for (const [label, name, make, intent = "inspect"] of FILES.filter(([, name]) => name.includes(process.argv[2] ?? ""))) {
      const bytes = make();
      let peak = rssMb(pid);
      const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 10);
      const pinger = startPinger(`${server.base}/api/ping`);
      const form = new FormData();
      form.set("intent", intent === "write" ? "import" : intent);
      form.set("file", new Blob([new Uint8Array(bytes)]), name);
      if (intent !== "inspect") form.set("mapping", intent === "write" ? JSON.stringify(MAPPING) : "not JSON");
      const t0 = performance.now();
      const response = await fetch(`${server.base}/events/${eventId}/import/upload`, { method: "POST", body: form, headers: { cookie: `fairlead_organizer=${token}` } }).catch(
        (error: Error) => new Response(JSON.stringify({ message: `no answer: ${(error.cause as Error | undefined)?.message ?? error.message}` }), { status: 599 }),
      );
      const body = (await response.json()) as { rowsTotal?: number; importId?: number; error?: { message?: string }; message?: string };
      const written = body.importId !== undefined ? await importEnded(body.importId) : undefined;
      const seconds = (performance.now() - t0) / 1000;
      const { longest, failed, reason } = await pinger.stop();
      clearInterval(sampler);
      if (failed > 0) console.log(`  ${failed} pings got no answer (${reason})`);
      const answer = written ? `${response.status}, then ${written}` : response.ok ? `${response.status}: ${body.rowsTotal} rows` : `${response.status}: ${(body.error?.message ?? body.message ?? "").replace("The file was refused: ", "")}`;
      console.log(
        `${label.padEnd(40)} ${`${(bytes.byteLength / 1024 / 1024).toFixed(2)} MB`.padStart(9)}  ${answer.slice(0, 56).padEnd(56)} ${seconds.toFixed(2).padStart(6)} s ${peak.toFixed(0).padStart(6)} MB ${longest.toFixed(0).padStart(8)} ms`,
      );
    }
    console.log(`\nload after: ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  } finally {
    server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
