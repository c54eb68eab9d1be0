// `npm run bench:first-load [-- --port 3311]`: the JavaScript a paired booth phone downloads
// before /scan works, gzipped, against the budget of issue 5 (≤ 180 KiB), and where zxing went
// (it must be loaded only once the camera runs: components/scanner/use-decode-loop.ts). The
// decoder (the decode worker's chunk and ZXing C++'s .wasm, docs/decisions/040) is counted
// separately: it loads as the camera starts.
// Prints figures; exits 1 when over budget or when zxing is in the first load.
//
// What counts, and why measured this way: the production server (scripts/bench-app-server.ts)
// is asked for /scan with a paired device's cookie (an unpaired phone gets a page without the
// scanner), and every chunk the HTML names is counted: each <script src> (not noModule ones,
// which modern browsers skip) and any chunk the inline Turbopack/RSC payload names (a client
// component's chunks; today always the same set). That is what a phone fetches, whatever the
// build's manifests say; Turbopack writes no app-build-manifest, and its client reference
// manifest lists chunks per module, not what one page's HTML ends up referencing. Each chunk
// is fetched from the server as served and compressed with zlib gzip at level 9, the figure a
// CDN or a pre-compressing server gets (Next's own on-the-fly compression is a little larger).
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import zlib from "node:zlib";
import { makeDevice, makeEvent } from "@/lib/test/fixtures";
import { deviceCookie, startAppServer } from "./bench-app-server";

const BUDGET_KIB = 180;
/** A string of @zxing/library's BarcodeFormat enum that minification keeps and nothing else in the app has. */
const ZXING_MARKER = "UPC_EAN_EXTENSION";
const distDir = process.env.NEXT_DIST_DIR || ".next"; // as next.config.ts

const { values: opts } = parseArgs({ options: { port: { type: "string", default: "3311" } } });
const kib = (bytes: number) => (bytes / 1024).toFixed(1).padStart(7);
const gzip = (body: Buffer) => zlib.gzipSync(body, { level: 9 }).length;

/** Chunk URLs the page's HTML makes the browser load, in order of first mention. */
function firstLoadChunks(html: string): string[] {
  const found = new Set<string>();
  for (const [, attrs] of html.matchAll(/<script\b([^>]*)>/gi)) {
    const src = /\bsrc="([^"]+)"/i.exec(attrs!)?.[1];
    if (src && !/\bnomodule\b/i.test(attrs!)) found.add(src);
  }
  const noModule = new Set([...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*\bnomodule\b/gi)].map((m) => m[1]!));
  // The inline payloads name chunks as "static/chunks/….js" (Turbopack) or "/_next/static/…".
  for (const [, rel] of html.matchAll(/(?:\/_next\/)?(static\/chunks\/[\w.~%-]+\.js)/g)) {
    const url = `/_next/${rel}`;
    if (!noModule.has(url)) found.add(url);
  }
  return [...found];
}

/** Chunks in the build holding zxing, with their gzipped size. */
function zxingChunks(): { file: string; raw: number; gz: number }[] {
  const dir = path.join(distDir, "static", "chunks");
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".js"))
    .map((f) => ({ file: f, body: fs.readFileSync(path.join(dir, f)) }))
    .filter(({ body }) => body.includes(ZXING_MARKER))
    .map(({ file, body }) => ({ file, raw: body.length, gz: gzip(body) }));
}

/** The decode worker's chunk(s) (they name the .wasm) and the .wasm itself (public/decoder/). */
function decoderFiles(): { file: string; raw: number; gz: number }[] {
  const chunks = path.join(distDir, "static", "chunks");
  const found = fs
    .readdirSync(chunks)
    .filter((f) => f.endsWith(".js"))
    .map((f) => ({ file: `/_next/static/chunks/${f}`, body: fs.readFileSync(path.join(chunks, f)) }))
    .filter(({ body }) => body.includes("zxing_reader-"));
  const wasmDir = path.join("public", "decoder");
  for (const f of fs.existsSync(wasmDir) ? fs.readdirSync(wasmDir) : []) found.push({ file: `/decoder/${f}`, body: fs.readFileSync(path.join(wasmDir, f)) });
  return found.map(({ file, body }) => ({ file, raw: body.length, gz: gzip(body) }));
}

async function main() {
  const server = await startAppServer(Number(opts.port), "first-load");
  try {
    const event = makeEvent({ partnerCount: 1, attendeeCount: 1 });
    const device = makeDevice(event.eventId, event.partners[0]!.id);
    const cookie = deviceCookie(server.base, device.sessionToken);
    const html = await (await fetch(`${server.base}/scan`, { headers: { cookie: `${cookie.name}=${cookie.value}` } })).text();
    if (!html.includes("Scan a badge")) throw new Error("/scan did not show the scanner to the paired device: nothing to measure.");

    console.log(`/scan first-load JavaScript (gzip level 9, KiB = 1024 bytes), ${server.base}, build ${distDir}\n`);
    console.log(`${"chunk".padEnd(48)}${"raw".padStart(7)}${"gzip".padStart(8)}`);
    let total = 0;
    const withZxing: string[] = [];
    for (const url of firstLoadChunks(html)) {
      const res = await fetch(`${server.base}${url}`);
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
      const body = Buffer.from(await res.arrayBuffer());
      const gz = gzip(body);
      total += gz;
      if (body.includes(ZXING_MARKER)) withZxing.push(url);
      console.log(`${url.padEnd(48)}${kib(body.length)} ${kib(gz)}`);
    }
    const over = total > BUDGET_KIB * 1024;
    console.log(`${"total".padEnd(48)}${"".padStart(7)} ${kib(total)}   budget ${BUDGET_KIB} KiB: ${over ? "OVER" : "within"}`);

    const later = zxingChunks();
    console.log(`\nzxing (marker "${ZXING_MARKER}") in the first load: ${withZxing.length ? withZxing.join(", ") : "no"}`);
    for (const c of later) console.log(`zxing-js chunk (@zxing/browser: the camera list for Switch camera, on demand): /_next/static/chunks/${c.file}  raw ${kib(c.raw)}  gzip ${kib(c.gz)} KiB`);
    if (later.length === 0) console.log(`no chunk in ${distDir}/static/chunks holds zxing: has the marker changed?`);
    const decoder = decoderFiles();
    for (const c of decoder) console.log(`decoder, loaded as the camera starts: ${c.file}  raw ${kib(c.raw)}  gzip ${kib(c.gz)} KiB`);
    console.log(`decoder total gzip ${kib(decoder.reduce((n, c) => n + c.gz, 0))} KiB (not in the first load)`);
    if (over || withZxing.length > 0 || later.length === 0) process.exitCode = 1;
  } finally {
    server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
