// `npm run bench:scan [-- --runs 10 --port 3310 --format pdf417]`: time from the camera
// starting to the attendee's consent screen, per badge format, in Chromium with a fake camera
// playing a hand-held badge (e2e/support/badge-video.ts, the clips e2e/formats.spec.ts reads).
// Target (issue 5): p50 < 500 ms. Prints figures; decides nothing.
//
// Each format gets its own Chromium (it plays one fake-camera file per launch) and each run a
// fresh browser context: a cold page load of /scan on a paired phone, so the lazily loaded
// decoder chunk is fetched in every run, as on a phone's first scan. One more run per format
// comes first and is not counted (Chromium's own warm-up). Times come from inside the page
// (scripts/bench-scan-marks.ts); "camera started" is the video's first frame.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium, type Browser } from "@playwright/test";
import { attendeeWriter } from "@/lib/attendees/import/write-attendees";
import { getDb } from "@/db/client";
import { SYMBOL_FORMATS, type SymbolFormat } from "@/lib/scanner/symbol-format";
import { makeDevice, makeEvent } from "@/lib/test/fixtures";
import { writeBadgeVideo } from "../e2e/support/badge-video";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../e2e/support/env";
import { deviceCookie, startAppServer, type AppServer } from "./bench-app-server";
import { instrumentScanPage, type PageTimings } from "./bench-scan-marks";

const { values: opts } = parseArgs({
  options: { runs: { type: "string", default: "10" }, port: { type: "string", default: "3310" }, format: { type: "string" } },
});
const RUNS = Number(opts.runs);
const FORMATS = opts.format ? [opts.format as SymbolFormat] : SYMBOL_FORMATS;
const TARGET_MS = 500;
/**
 * As e2e/formats.spec.ts: the 720p image use-camera.ts asks for, and a registration system's
 * own code for Code 128 (a 26-character Fairlead code is too wide for Code 128 at 720p; Fairlead
 * prints its own codes as QR).
 */
const CAMERA = { width: 1280, height: 720 };
const CODE128_VENDOR_CODE = "REG7Q2M9K41";

type Run = { total: number; camera: number; ready: number; grab: number; read: number; attempts: number; decodeMs: number[]; longTasks: number[] } | null;

async function measure(browser: Browser, server: AppServer, token: string, firstName: string): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, permissions: ["camera"] });
  try {
    await context.addCookies([deviceCookie(server.base, token)]);
    const page = await context.newPage();
    // tsx compiles with esbuild's keepNames, which wraps the page function's inner functions in __name().
    await page.addInitScript("globalThis.__name = (f) => f;");
    await page.addInitScript(instrumentScanPage, firstName);
    await page.goto(`${server.base}/scan`);
    // Functions, not strings: a string is eval'd in the page, which its CSP forbids (decision 033).
    type Window = { __scanBench: PageTimings };
    const shown = await page
      .waitForFunction(() => (window as unknown as Window).__scanBench.marks.consent, null, { timeout: 20_000 })
      .then(() => true, (e: unknown) => (process.env.BENCH_DEBUG ? console.error(e) : undefined, false));
    const timings = shown ? await page.evaluate(() => (window as unknown as Window).__scanBench) : null;
    const m = timings?.marks;
    if (!timings || !m?.frame || !m.consent || !m.read) return null;
    const before = timings.decodes.filter(([start]) => start < m.read!);
    const at = (t: number | undefined) => (t ?? NaN) - m.frame!;
    // While scanning: from the first frame taken for decoding until the read (not the page's load, nor the consent screen's render).
    const scanning = timings.longTasks.filter(([start, ms]) => start + ms > m.grab! && start < m.read!).map(([, ms]) => ms);
    return { total: at(m.consent), camera: -at(m.camera), ready: at(m.ready), grab: at(m.grab), read: at(m.read), attempts: before.length, decodeMs: before.map(([, ms]) => ms), longTasks: scanning };
  } finally {
    await context.close();
  }
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
const median = (xs: number[]) => pct([...xs].sort((a, b) => a - b), 50);
const num = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : "–");
const COLUMNS = ["format", "n", "p50", "p90", "min", "max", `p50<${TARGET_MS}`, "camera", "loaded", "grab", "read", "attempts", "decode ms", "long tasks", "longest"];
const row = (cells: string[]) => console.log(cells.map((c, i) => (i === 0 ? c.padEnd(11) : c.padStart(Math.max(6, COLUMNS[i]!.length + 1)))).join(""));

function report(format: SymbolFormat, runs: Run[]) {
  const ok = runs.filter((r): r is NonNullable<Run> => r !== null);
  const totals = ok.map((r) => r.total).sort((a, b) => a - b);
  const p50 = pct(totals, 50);
  const med = (pick: (r: NonNullable<Run>) => number) => num(median(ok.map(pick)));
  row([format, `${ok.length}/${runs.length}`, num(p50), num(pct(totals, 90)), num(totals[0] ?? NaN), num(totals.at(-1) ?? NaN), p50 < TARGET_MS ? "yes" : "NO"]
    .concat([med((r) => r.camera), med((r) => r.ready), med((r) => r.grab), med((r) => r.read), med((r) => r.attempts), num(median(ok.flatMap((r) => r.decodeMs)))])
    .concat([String(ok.reduce((n, r) => n + r.longTasks.length, 0)), num(Math.max(0, ...ok.flatMap((r) => r.longTasks)))]));
}

async function main() {
  const server = await startAppServer(Number(opts.port), "scan");
  const event = makeEvent({ partnerCount: 1, attendeeCount: 1 });
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  const vendor = { firstName: "Grace", email: "grace@example.com", externalId: "EB-1", badgeCode: CODE128_VENDOR_CODE };
  attendeeWriter(getDb()).create(event.eventId, vendor);
  const fairlead = event.attendees[0]!;
  const dir = path.join(os.tmpdir(), `fairlead-bench-scan-${process.pid}`);
  try {
    console.log(`${RUNS} runs per format (+1 warm-up), camera ${CAMERA.width}×${CAMERA.height}; ${os.cpus().length} CPUs, load ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
    console.log("ms from the camera's first frame to the consent screen (p50 … max); then medians of: how long the camera took to");
    console.log("start (getUserMedia → first frame, not in the total), and from the first frame: decoder loaded, first frame");
    console.log("taken for decoding, badge read (the lookup sent), decode attempts until the read, and one attempt's duration (in the");
    console.log("decode worker); then the main thread's long tasks (> 50 ms) while scanning (first frame taken → read), all runs, and the longest\n");
    row(COLUMNS);
    for (const format of FORMATS) {
      const who = format === "code128" ? vendor : fairlead;
      const video = writeBadgeVideo(path.join(dir, `${format}.y4m`), who.badgeCode, { ...CAMERA, format });
      const args = [...CHROMIUM_ARGS, "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream", `--use-file-for-fake-video-capture=${video}`];
      const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args });
      try {
        await measure(browser, server, device.sessionToken, who.firstName);
        const runs: Run[] = [];
        for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, server, device.sessionToken, who.firstName));
        report(format, runs);
      } finally {
        await browser.close();
      }
    }
    console.log(`\nload after: ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} (the machine is shared: figures vary with it)`);
  } finally {
    server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
