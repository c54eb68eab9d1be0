import assert from "node:assert/strict";
import { test } from "node:test";
import { badgeCodes } from "../test/badge-codes";
import { buildBarRows } from "./build-bar-rows";
import { findBarBand, meanProfile, profileShift, sampleRows } from "./flatten-bars";
import { readWithWasm } from "./read-wasm";
import { loadWasmInNode } from "./synthetic/wasm-node";
import { renderScene } from "./synthetic/render-scene";
import { blur, noise, seededRandom } from "./synthetic/perturb";
import { symbolModules } from "./synthetic/symbol-modules";

const FRAME = { width: 960, height: 540 };

test("[SCANNER] the band of bars is found around a Code 128, turned or not", () => {
  const nextCode = badgeCodes(104);
  const symbol = symbolModules("code128", nextCode());
  for (const deg of [0, 12]) {
    const band = findBarBand(renderScene(symbol, { ...FRAME, modulePx: 2, rotateDeg: deg, shiftX: 60 }), deg);
    assert.ok(band, `${deg}°`);
    const [length, height] = [symbol.width * 2, symbol.height * 2];
    // It covers the bars (to within a tile) and not much more.
    assert.ok(band.u0 < 60 - length / 2 + 16 && band.u1 > 60 + length / 2 - 16, `${deg}°: ${band.u0}…${band.u1}`);
    assert.ok(band.v1 - band.v0 > 0.7 * height && band.v1 - band.v0 < height + 48, `${deg}°: ${band.v0}…${band.v1}`);
  }
});

test("[SCANNER] the shift between two profiles is found, and a shear undoes a residual turn", () => {
  const a = Float32Array.from({ length: 300 }, (_, k) => (Math.floor(k / 7) % 3 === 0 ? 30 : 220));
  const b = Float32Array.from({ length: 300 }, (_, k) => a[Math.max(0, k - 5)]!);
  assert.equal(profileShift(a, b, 12), 5);
  // Rows that drift one sample per row average to a sharp profile once sheared back.
  const rows = { rows: Array.from({ length: 9 }, (_, r) => Float32Array.from({ length: 300 }, (_, k) => a[Math.min(299, Math.max(0, k + r - 4))]!)), length: 300, upsample: 1, spacing: 1 };
  const sheared = meanProfile(rows, 0, 9, -1);
  for (let k = 10; k < 290; k++) assert.ok(Math.abs(sheared[k]! - a[k]!) < 1e-3, `sample ${k}`);
});

test("[SCANNER] a 321-module Code 128 at 1.5 px per module: missed row by row, read from the averaged rows", async () => {
  await loadWasmInNode();
  const nextCode = badgeCodes(105);
  const random = seededRandom(11);
  for (let i = 0; i < 3; i++) {
    const text = nextCode();
    const frame = noise(blur(renderScene(symbolModules("code128", text), { ...FRAME, modulePx: 1.5, rotateDeg: 2.5, shiftX: -30 }), 0.5), 3, random);
    assert.equal(await readWithWasm(frame), null, "ZXing alone");
    const rows = buildBarRows(frame);
    assert.ok(rows);
    assert.equal((await readWithWasm(rows))?.text, text);
  }
});

test("[SCANNER] sampled rows follow the band's direction", () => {
  const nextCode = badgeCodes(106);
  const symbol = symbolModules("code128", nextCode());
  const frame = renderScene(symbol, { ...FRAME, modulePx: 2, rotateDeg: 10 });
  const band = findBarBand(frame, 10)!;
  const sampled = sampleRows(frame, band, band.u0, band.u1, band.v0 + 8, band.v1 - 8, 1);
  // Every row crosses the same bars: rows far apart agree.
  const [first, last] = [sampled.rows[0]!, sampled.rows.at(-1)!];
  let differ = 0;
  for (let k = 0; k < sampled.length; k++) if ((first[k]! < 128) !== (last[k]! < 128)) differ++;
  assert.ok(differ < 0.08 * sampled.length, `${differ} of ${sampled.length}`);
});
