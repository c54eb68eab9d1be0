// Part of `npm run bench:decode`: QR badges drawn like the e2e fake camera draws them (axis
// aligned, whole px per module, hard edges). zxing-js misses a few of these on every frame.
import { issueBadgeCode } from "@/lib/badges/badge-code";
import { renderScene } from "@/lib/scanner/synthetic/render-scene";
import { stockDecode } from "@/lib/scanner/synthetic/stock-decode";
import { symbolModules } from "@/lib/scanner/synthetic/symbol-modules";
import { createWasmDecoder } from "@/lib/scanner/wasm-decoder";
import { readWithWasm } from "@/lib/scanner/read-wasm";

export async function integerScaleSweep(count: number) {
  if (count === 0) return;
  let stock = 0;
  let cycle = 0;
  const misses: string[] = [];
  for (let i = 0; i < count; i++) {
    const text = issueBadgeCode();
    const frame = renderScene(symbolModules("qr", text), { width: 640, height: 480, modulePx: 7, supersample: 1 });
    if (stockDecode(frame) === text) stock++;
    else misses.push(text);
    if ((await createWasmDecoder(readWithWasm).decodeAll(frame))?.text === text) cycle++;
  }
  console.log(`\nQR at 7 px per module, level, hard edges (the e2e fake camera), ${count} codes:`);
  console.log(`  stock ${stock}/${count} read, Fairlead (cycle) ${cycle}/${count}; stock missed e.g. ${misses.slice(0, 3).join(", ") || "none"}`);
}
