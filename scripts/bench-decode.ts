// `npm run bench:decode [samples] [format]`: how often a badge symbol is read from synthetic
// camera frames (lib/scanner/synthetic), per format and perturbation, by stock zxing-js and by
// Fairlead's decoder (ZXing C++ in the decode worker, lib/scanner/wasm-decoder.ts), then the
// rotation sweep (scripts/bench-decode-rotation.ts). Prints figures; decides nothing
// (docs/decisions/040-scanner-in-a-worker.md, logs in docs/benchmarks/decode.md).
// BENCH_SEED=n draws the same codes on every run, to compare two versions of the decoder;
// BENCH_CODES=tickets draws 12-digit ticket numbers (Code 128 starts them in code set C).
// SWEEP=0 skips the integer-scale QR sweep, ROTATION=0 the rotation sweep; 0 samples skips the table.
import { issueBadgeCode } from "@/lib/badges/badge-code";
import { seededRandom } from "@/lib/seeded-random";
import { badgeCodes } from "@/lib/test/badge-codes";
import { readWithWasm } from "@/lib/scanner/read-wasm";
import { SYMBOL_FORMATS, type SymbolFormat } from "@/lib/scanner/symbol-format";
import { makeSample, PERTURBATIONS, type Level } from "@/lib/scanner/synthetic/scenarios";
import { stockDecode } from "@/lib/scanner/synthetic/stock-decode";
import { loadWasmInNode } from "@/lib/scanner/synthetic/wasm-node";
import { createWasmDecoder, VIEWS } from "@/lib/scanner/wasm-decoder";
import { integerScaleSweep } from "./bench-decode-sweep";
import { rotationSweep } from "./bench-decode-rotation";

const SAMPLES = Number(process.argv[2] ?? 20);
const FORMATS = process.argv[3] ? [process.argv[3] as SymbolFormat] : SYMBOL_FORMATS;
const SEED = process.env.BENCH_SEED ? Number(process.env.BENCH_SEED) : null;
const random = SEED === null ? Math.random : seededRandom(SEED);
const nextCode =
  process.env.BENCH_CODES === "tickets"
    ? () => String(Math.floor(random() * 9e11) + 1e11)
    : SEED === null
      ? issueBadgeCode
      : badgeCodes(SEED);
const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`.padStart(7);
const ms = (xs: number[], q: number) => ([...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))] ?? NaN).toFixed(1);

type Tally = { n: number; stock: number; oneFrame: number; cycle: number; by: Record<string, number> };
const tally = (): Tally => ({ n: 0, stock: 0, oneFrame: 0, cycle: 0, by: {} });
const timing = { stock: [] as number[], frame: [] as number[], live: [] as number[] };
// One decoder across all samples, as in the worker: the whole frame plus the next view in turn.
const live = createWasmDecoder(readWithWasm);

async function run(format: SymbolFormat, perturbation: (typeof PERTURBATIONS)[number], level: Level, t: Tally, seed0: number) {
  for (let i = 0; i < SAMPLES; i++) {
    const text = nextCode();
    const { frame } = makeSample(format, text, perturbation, level, seed0 + i);
    let start = performance.now();
    if (stockDecode(frame) === text) t.stock++;
    timing.stock.push(performance.now() - start);
    start = performance.now();
    if ((await readWithWasm(frame))?.text === text) t.oneFrame++; // the whole frame, what every frame gets
    timing.frame.push(performance.now() - start);
    start = performance.now();
    await live.decode(frame);
    timing.live.push(performance.now() - start);
    const read = await createWasmDecoder(readWithWasm).decodeAll(frame);
    t.n++;
    if (read?.text === text) {
      t.cycle++;
      t.by[read.strategy] = (t.by[read.strategy] ?? 0) + 1;
    }
  }
}

function add(into: Tally, t: Tally) {
  into.n += t.n;
  into.stock += t.stock;
  into.oneFrame += t.oneFrame;
  into.cycle += t.cycle;
  for (const [k, v] of Object.entries(t.by)) into.by[k] = (into.by[k] ?? 0) + v;
}

async function perturbationTable() {
  const totals: Record<Level, Tally> = { moderate: tally(), hard: tally() };
  console.log(`${SAMPLES} samples per cell; frames 960×540. stock = zxing-js MultiFormatReader, one frame; 1 frame = ZXing C++ on`);
  console.log(`the whole frame; cycle = read by the whole frame or one of the views (a round of ${VIEWS.length} frames); then which view read it\n`);
  console.log(`${"format".padEnd(11)}${"perturbation".padEnd(13)}${"level".padEnd(9)}${"stock".padStart(7)}${"1 frame".padStart(8)}${"cycle".padStart(7)}  read by`);
  let seed = 1;
  for (const format of FORMATS) {
    for (const perturbation of PERTURBATIONS) {
      for (const level of perturbation === "none" ? (["moderate"] as const) : (["moderate", "hard"] as const)) {
        const t = tally();
        await run(format, perturbation, level, t, (seed += 1000));
        add(totals[level], t);
        const by = Object.entries(t.by).filter(([k]) => k !== "plain").map(([k, v]) => `${k} ${v}`).join(", ");
        console.log(`${format.padEnd(11)}${perturbation.padEnd(13)}${level.padEnd(9)}${pct(t.stock, t.n)}${pct(t.oneFrame, t.n).padStart(8)}${pct(t.cycle, t.n)}  ${by}`);
      }
    }
  }
  for (const level of ["moderate", "hard"] as const) {
    const t = totals[level];
    console.log(`${level.padEnd(9)} n=${t.n}: stock ${pct(t.stock, t.n).trim()}, 1 frame ${pct(t.oneFrame, t.n).trim()}, cycle ${pct(t.cycle, t.n).trim()}; read by ${Object.entries(t.by).map(([k, v]) => `${k} ${v}`).join(", ")}`);
  }
  console.log(`\ntime per frame (Node, ms, median / p95): stock ${ms(timing.stock, 0.5)} / ${ms(timing.stock, 0.95)}; ZXing C++ whole frame ${ms(timing.frame, 0.5)} / ${ms(timing.frame, 0.95)}; live (whole frame + next view) ${ms(timing.live, 0.5)} / ${ms(timing.live, 0.95)}`);
}

async function main() {
  await loadWasmInNode();
  console.log(`codes: ${process.env.BENCH_CODES === "tickets" ? "12-digit ticket numbers" : "Fairlead badge codes"}${SEED === null ? ", random" : `, seed ${SEED}`}`);
  if (SAMPLES > 0) await perturbationTable();
  await integerScaleSweep(Number(process.env.SWEEP ?? 1000));
  if (process.env.ROTATION !== "0") await rotationSweep(nextCode, process.argv[3] as SymbolFormat | undefined);
}

void main();
