// Part of `npm run bench:decode`: every badge format turned the full circle in 15° steps, each
// angle with the moderate set (one sample per perturbation at its moderate level, plus a plain
// one; the turn replaces the "rotation" perturbation), read side by side on the same frames by:
//   stock    zxing-js MultiFormatReader, one pass (what @zxing/browser does)
//   (until decision 040 also "cycle": the zxing-js pipeline it replaced; its figures are in docs/benchmarks/decode.md)
//   wasm     ZXing C++ (zxing-wasm), one pass over the whole frame
//   wasm+    the worker's decoder, a full turn of its views (lib/scanner/wasm-decoder.ts)
// Frames are 960×960 so a wide symbol fits at every angle. ROTATION_SAMPLES=n samples per
// perturbation (default 1); ROTATION_ENGINES=wasm,wasm+ to skip the slow ones.
import type { LumaFrame } from "@/lib/scanner/luma-frame";
import type { SymbolFormat } from "@/lib/scanner/symbol-format";
import { makeSample, PERTURBATIONS } from "@/lib/scanner/synthetic/scenarios";
import { stockDecode } from "@/lib/scanner/synthetic/stock-decode";
import { loadWasmInNode } from "@/lib/scanner/synthetic/wasm-node";
import { createWasmDecoder } from "@/lib/scanner/wasm-decoder";
import { readWithWasm } from "@/lib/scanner/read-wasm";

type Engine = { name: string; read: (frame: LumaFrame) => Promise<string | null> | string | null };
const ENGINES: Engine[] = [
  { name: "stock", read: stockDecode },
  { name: "wasm", read: async (f) => (await readWithWasm(f))?.text ?? null },
  { name: "wasm+", read: async (f) => (await createWasmDecoder(readWithWasm).decodeAll(f))?.text ?? null },
];
const SYMBOLS: { label: string; format: SymbolFormat; rectangular?: boolean }[] = [
  { label: "qr", format: "qr" },
  { label: "code128", format: "code128" },
  { label: "pdf417", format: "pdf417" },
  { label: "datamatrix", format: "datamatrix" },
  { label: "dm-rect", format: "datamatrix", rectangular: true },
  { label: "aztec", format: "aztec" },
];
const ANGLES = Array.from({ length: 24 }, (_, i) => i * 15);
const SQUARE = { width: 960, height: 960 };

export async function rotationSweep(nextCode: () => string, onlyFormat?: SymbolFormat) {
  await loadWasmInNode();
  const wanted = (process.env.ROTATION_ENGINES ?? ENGINES.map((e) => e.name).join(",")).split(",");
  const engines = ENGINES.filter((e) => wanted.includes(e.name));
  const perPerturbation = Number(process.env.ROTATION_SAMPLES ?? 1);
  const symbols = SYMBOLS.filter((s) => !onlyFormat || s.format === onlyFormat);
  const perturbations = PERTURBATIONS.filter((p) => p !== "rotation");
  // reads[engine][symbol][angle], times[engine][symbol]
  const reads = new Map<string, number[][]>(engines.map((e) => [e.name, symbols.map(() => ANGLES.map(() => 0))]));
  const times = new Map<string, number[][]>(engines.map((e) => [e.name, symbols.map(() => [])]));
  const n = perturbations.length * perPerturbation;
  let seed = 900_000;
  for (const [s, symbol] of symbols.entries()) {
    for (const [a, angle] of ANGLES.entries()) {
      for (const perturbation of perturbations) {
        for (let k = 0; k < perPerturbation; k++) {
          const text = nextCode();
          const { frame } = makeSample(symbol.format, text, perturbation, "moderate", (seed += 7), { rotateDeg: angle, frame: SQUARE, rectangular: symbol.rectangular });
          for (const engine of engines) {
            const start = performance.now();
            const read = await engine.read(frame);
            times.get(engine.name)![s]!.push(performance.now() - start);
            if (read === text) reads.get(engine.name)![s]![a]!++;
          }
        }
      }
    }
  }
  const pct = (x: number) => `${((100 * x) / n).toFixed(0)}%`.padStart(9);
  const q = (xs: number[], p: number) => [...xs].sort((x, y) => x - y)[Math.floor(p * (xs.length - 1))] ?? NaN;
  console.log(`\nRotation sweep: ${n} frames per cell (moderate set: ${perturbations.join(", ")}; ×${perPerturbation}), 960×960, turn ±3° around each angle`);
  for (const engine of engines) {
    console.log(`\n${engine.name}: read % by angle`);
    console.log(`${"angle".padEnd(7)}${symbols.map((s) => s.label.padStart(9)).join("")}`);
    ANGLES.forEach((angle, a) => console.log(`${String(angle).padEnd(7)}${symbols.map((_, s) => pct(reads.get(engine.name)![s]![a]!)).join("")}`));
    console.log(`${"worst".padEnd(7)}${symbols.map((_, s) => pct(Math.min(...reads.get(engine.name)![s]!))).join("")}`);
    console.log(`${"all".padEnd(7)}${symbols.map((_, s) => pct(reads.get(engine.name)![s]!.reduce((x, y) => x + y, 0) / ANGLES.length)).join("")}`);
    console.log(`${"ms p50".padEnd(7)}${symbols.map((_, s) => q(times.get(engine.name)![s]!, 0.5).toFixed(1).padStart(9)).join("")}`);
    console.log(`${"ms p95".padEnd(7)}${symbols.map((_, s) => q(times.get(engine.name)![s]!, 0.95).toFixed(1).padStart(9)).join("")}`);
  }
}
