// `npm run bench:decode [samples] [format]`: how often a badge symbol is read from synthetic
// camera frames (lib/scanner/synthetic), per format and perturbation, by stock zxing and by
// Fairlead's decoder (lib/scanner). Prints figures; decides nothing
// (docs/decisions/009-badge-decoding.md, logs in docs/benchmarks/decode.md).
// BENCH_SEED=n draws the same codes on every run, to compare two versions of the decoder;
// BENCH_CODES=tickets draws 12-digit ticket numbers (Code 128 starts them in code set C).
import { issueBadgeCode } from "@/lib/badges/badge-code";
import { seededRandom } from "@/lib/seeded-random";
import { badgeCodes } from "@/lib/test/badge-codes";
import { FALLBACKS, PRIMARY } from "@/lib/scanner/decode-strategies";
import { createFrameDecoder, readWith } from "@/lib/scanner/frame-decoder";
import { SYMBOL_FORMATS, type SymbolFormat } from "@/lib/scanner/read-symbol";
import { makeSample, PERTURBATIONS, type Level } from "@/lib/scanner/synthetic/scenarios";
import { stockDecode } from "@/lib/scanner/synthetic/stock-decode";
import { integerScaleSweep } from "./bench-decode-sweep";
import { rotationSweep } from "./bench-decode-rotation";

const SAMPLES = Number(process.argv[2] ?? 20);
const FORMATS = process.argv[3] ? [process.argv[3] as SymbolFormat] : SYMBOL_FORMATS;
const STRATEGIES = [PRIMARY, ...FALLBACKS];
const SEED = process.env.BENCH_SEED ? Number(process.env.BENCH_SEED) : null;
const random = SEED === null ? Math.random : seededRandom(SEED);
const nextCode =
  process.env.BENCH_CODES === "tickets"
    ? () => String(Math.floor(random() * 9e11) + 1e11)
    : SEED === null
      ? issueBadgeCode
      : badgeCodes(SEED);
const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`.padStart(7);

type Tally = { n: number; stock: number; oneFrame: number; cycle: number; only: Record<string, number>; each: Record<string, number> };
const tally = (): Tally => ({ n: 0, stock: 0, oneFrame: 0, cycle: 0, only: {}, each: {} });
const timing = { stock: [] as number[], frame: [] as number[], live: [] as number[], each: {} as Record<string, number[]> };
// One decoder across all samples, as on a phone: every frame costs the primary pass plus the
// next fallback in turn, so this is the per-frame cost over whole cycles.
const live = createFrameDecoder();

function run(format: SymbolFormat, perturbation: (typeof PERTURBATIONS)[number], level: Level, t: Tally, seed0: number) {
  for (let i = 0; i < SAMPLES; i++) {
    const text = nextCode();
    const { frame } = makeSample(format, text, perturbation, level, seed0 + i);
    let start = performance.now();
    if (stockDecode(frame) === text) t.stock++;
    timing.stock.push(performance.now() - start);
    start = performance.now();
    if (createFrameDecoder().decode(frame)?.text === text) t.oneFrame++; // a fresh decoder: primary + "half"
    timing.frame.push(performance.now() - start);
    start = performance.now();
    live.decode(frame);
    timing.live.push(performance.now() - start);
    // Every strategy alone, to see which earn their place (and what each costs).
    const reads = STRATEGIES.filter((s) => {
      const begin = performance.now();
      const read = readWith(s, frame);
      (timing.each[s.name] ??= []).push(performance.now() - begin);
      return read !== "skipped" && read?.text === text;
    }).map((s) => s.name);
    t.n++;
    if (reads.length > 0) t.cycle++;
    for (const name of reads) t.each[name] = (t.each[name] ?? 0) + 1;
    if (reads.length === 1) t.only[reads[0]!] = (t.only[reads[0]!] ?? 0) + 1;
  }
}

function add(into: Tally, t: Tally) {
  for (const [k, v] of Object.entries(t) as [keyof Tally, number | Record<string, number>][]) {
    if (typeof v === "number") (into[k] as number) += v;
    else for (const [name, n] of Object.entries(v)) (into[k] as Record<string, number>)[name] = ((into[k] as Record<string, number>)[name] ?? 0) + n;
  }
}

async function main() {
  const totals: Record<Level, Tally> = { moderate: tally(), hard: tally() };
  const perFormat = new Map<SymbolFormat, Record<Level, Tally>>();
  console.log(`codes: ${process.env.BENCH_CODES === "tickets" ? "12-digit ticket numbers" : "Fairlead badge codes"}${SEED === null ? ", random" : `, seed ${SEED}`}`);
  console.log(`${SAMPLES} samples per cell; frames ${960}×${540}. stock = zxing MultiFormatReader, one frame;`);
  console.log(`1 frame = Fairlead primary + first fallback; cycle = within one round of ${STRATEGIES.length} strategies (≤ ${FALLBACKS.length} frames)\n`);
  console.log(`${"format".padEnd(11)}${"perturbation".padEnd(13)}${"level".padEnd(9)}${"stock".padStart(7)}${"1 frame".padStart(8)}${"cycle".padStart(7)}  only this strategy read it`);
  let seed = 1;
  for (const format of SAMPLES > 0 ? FORMATS : []) {
    perFormat.set(format, { moderate: tally(), hard: tally() });
    for (const perturbation of PERTURBATIONS) {
      for (const level of perturbation === "none" ? (["moderate"] as const) : (["moderate", "hard"] as const)) {
        const t = tally();
        run(format, perturbation, level, t, (seed += 1000));
        add(totals[level], t);
        add(perFormat.get(format)![level], t);
        const only = Object.entries(t.only).map(([k, v]) => `${k} ${v}`).join(", ");
        console.log(`${format.padEnd(11)}${perturbation.padEnd(13)}${level.padEnd(9)}${pct(t.stock, t.n)}${pct(t.oneFrame, t.n).padStart(8)}${pct(t.cycle, t.n)}  ${only}`);
      }
    }
  }
  console.log(`\n${"format".padEnd(11)}${"level".padEnd(9)}${"stock".padStart(7)}${"1 frame".padStart(8)}${"cycle".padStart(7)}`);
  for (const [format, levels] of perFormat) {
    for (const level of ["moderate", "hard"] as const) {
      const t = levels[level];
      console.log(`${format.padEnd(11)}${level.padEnd(9)}${pct(t.stock, t.n)}${pct(t.oneFrame, t.n).padStart(8)}${pct(t.cycle, t.n)}`);
    }
  }
  console.log("");
  for (const level of ["moderate", "hard"] as const) {
    const t = totals[level];
    const each = STRATEGIES.map((s) => `${s.name} ${pct(t.each[s.name] ?? 0, t.n).trim()}`).join(", ");
    console.log(`${level.padEnd(9)} n=${t.n}: stock ${pct(t.stock, t.n).trim()}, 1 frame ${pct(t.oneFrame, t.n).trim()}, cycle ${pct(t.cycle, t.n).trim()}`);
    console.log(`          each strategy alone: ${each}`);
    console.log(`          read by one strategy only: ${Object.entries(t.only).map(([k, v]) => `${k} ${v}`).join(", ") || "none"}`);
  }
  const ms = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))]!.toFixed(1);
  if (timing.stock.length > 0) {
  console.log(`\ntime per frame (Node, ms): stock median ${ms(timing.stock, 0.5)} p95 ${ms(timing.stock, 0.95)}; Fairlead median ${ms(timing.frame, 0.5)} p95 ${ms(timing.frame, 0.95)}`);
  console.log(`  live (primary + the next fallback in turn, over ${Math.floor(timing.live.length / FALLBACKS.length)} cycles): median ${ms(timing.live, 0.5)} p95 ${ms(timing.live, 0.95)} max ${ms(timing.live, 1)}`);
  console.log(`  each strategy alone, median / p95: ${STRATEGIES.map((s) => `${s.name} ${ms(timing.each[s.name]!, 0.5)} / ${ms(timing.each[s.name]!, 0.95)}`).join(", ")}`);
  }
  integerScaleSweep(Number(process.env.SWEEP ?? 1000));
  if (process.env.ROTATION !== "0") await rotationSweep(nextCode, process.argv[3] as SymbolFormat | undefined);
}

void main();
