import assert from "node:assert/strict";
import { test } from "node:test";
import { badgeCodes } from "../test/badge-codes";
import { symbolAxis } from "./locate";
import { renderScene } from "./synthetic/render-scene";
import { symbolModules } from "./synthetic/symbol-modules";

test("[SCANNER] the long axis of a Code 128 is measured modulo 90°, to within 2°", () => {
  const symbol = symbolModules("code128", badgeCodes(120)());
  for (const [deg, expected] of [[0, 0], [12, 12], [60, -30], [200, 20]] as const) {
    const axis = symbolAxis(renderScene(symbol, { width: 960, height: 960, modulePx: 2, rotateDeg: deg, shiftX: 40 }));
    assert.ok(axis !== null && Math.abs(axis - expected) < 2, `${deg}° measured as ${axis}`);
  }
  assert.equal(symbolAxis({ width: 320, height: 240, data: new Uint8ClampedArray(320 * 240).fill(128) }), null, "a frame without edges");
});
