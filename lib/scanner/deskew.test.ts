import assert from "node:assert/strict";
import { test } from "node:test";
import { badgeCodes } from "../test/badge-codes";
import { dominantAngle } from "./deskew";
import { renderScene } from "./synthetic/render-scene";
import { symbolModules } from "./synthetic/symbol-modules";

const FRAME = { width: 960, height: 540 };

test("[SCANNER] the skew of a barcode is measured to within a degree", () => {
  const nextCode = badgeCodes(110);
  const symbol = symbolModules("code128", nextCode());
  for (const deg of [-18, -7, 4, 12, 20]) {
    const angle = dominantAngle(renderScene(symbol, { ...FRAME, modulePx: 2, rotateDeg: deg }));
    assert.ok(angle !== null && Math.abs(angle - deg) < 1, `${deg}° measured as ${angle}`);
  }
});

test("[SCANNER] the skew is modulo 90°: a barcode turned 60° measures −30°, which levels it on its side (ZXing tries quarter turns)", () => {
  const symbol = symbolModules("code128", badgeCodes(115)());
  for (const [deg, expected] of [[60, -30], [105, 15], [250, -20]] as const) {
    const angle = dominantAngle(renderScene(symbol, { width: 960, height: 960, modulePx: 2, rotateDeg: deg }));
    assert.ok(angle !== null && Math.abs(angle - expected) < 1, `${deg}° measured as ${angle}`);
  }
});
