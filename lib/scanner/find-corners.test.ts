import assert from "node:assert/strict";
import { test } from "node:test";
import { badgeCodes } from "../test/badge-codes";
import { FALLBACKS, PRIMARY } from "./decode-strategies";
import { symbolCorners } from "./find-corners";
import { readWith } from "./frame-decoder";
import { readSymbol } from "./read-symbol";
import { renderScene } from "./synthetic/render-scene";
import { blur, contrast } from "./synthetic/perturb";
import { symbolModules } from "./synthetic/symbol-modules";
import { warpQuad } from "./warp-quad";

const FRAME = { width: 960, height: 540 };

test("[SCANNER] the corners of an upright PDF417 are found: its rows exactly, its columns to within the start and stop patterns", () => {
  const nextCode = badgeCodes(101);
  const symbol = symbolModules("pdf417", nextCode());
  const px = 3.5;
  const quad = symbolCorners(renderScene(symbol, { ...FRAME, modulePx: px, shiftX: 40 }));
  assert.ok(quad);
  const [left, right] = [480 + 40 - (symbol.width * px) / 2, 480 + 40 + (symbol.width * px) / 2];
  // Rows with ink (the grid may end in blank rows).
  let inked = 0;
  for (let r = 0; r < symbol.height; r++) if (symbol.dark.subarray(r * symbol.width, (r + 1) * symbol.width).some(Boolean)) inked = r + 1;
  const top = 270 - (symbol.height * px) / 2;
  const bottom = top + inked * px;
  const expected = [left, top, right, top, right, bottom, left, bottom];
  // A 3-module space runs down the start and stop patterns: the blob may stop there (17
  // modules in), which the warp's margin makes up for.
  quad.forEach((v, i) => {
    const slack = i % 2 === 0 ? 17 * px + 2 : 2;
    assert.ok(Math.abs(v - expected[i]!) <= slack, `corner coordinate ${i}: ${v} vs ${expected[i]}`);
  });
});

test("[SCANNER] a PDF417 tilted about a diagonal axis: missed as it is, read once made rectangular again", () => {
  const nextCode = badgeCodes(102);
  for (const [tiltX, tiltY] of [[25, 25], [-30, 25]]) {
    const text = nextCode();
    const frame = blur(renderScene(symbolModules("pdf417", text), { ...FRAME, modulePx: 3.5, tiltXDeg: tiltX, tiltYDeg: tiltY, rotateDeg: 1 }), 0.5);
    assert.equal(readWith(PRIMARY, frame, ["pdf417"]), null, "zxing as it is");
    const quad = symbolCorners(frame);
    const upright = quad && warpQuad(frame, quad);
    assert.ok(upright);
    assert.equal(readSymbol(upright, { binarizer: "hybrid", tryHarder: false, formats: ["pdf417"] })?.text, text);
  }
});

test("[SCANNER] a featureless frame has no corners", () => {
  assert.equal(symbolCorners({ width: 200, height: 100, data: new Uint8ClampedArray(200 * 100).fill(200) }), null);
});

test("[SCANNER] a tilted light-on-dark PDF417 is read by the keystone fallback's negative view", () => {
  const nextCode = badgeCodes(103);
  const text = nextCode();
  const frame = contrast(blur(renderScene(symbolModules("pdf417", text), { ...FRAME, modulePx: 3.5, tiltXDeg: 16, tiltYDeg: -16 }), 0.5), -205);
  const keystone = FALLBACKS.find((s) => s.name === "keystone")!;
  const read = readWith(keystone, frame);
  assert.deepEqual(read, { text, format: "pdf417", strategy: "keystone" });
});
