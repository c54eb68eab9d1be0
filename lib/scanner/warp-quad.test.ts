import assert from "node:assert/strict";
import { test } from "node:test";
import { warpQuad } from "./warp-quad";

const frame = { width: 80, height: 60, data: Uint8ClampedArray.from({ length: 80 * 60 }, (_, i) => ((i % 80) * 3 + Math.floor(i / 80)) % 256) };

test("[SCANNER] warping an upright rectangle gives back what it holds", () => {
  const out = warpQuad(frame, [10, 10, 60, 10, 60, 40, 10, 40], { margin: 0 });
  assert.ok(out);
  assert.deepEqual([out.width, out.height], [50, 30]);
  for (let y = 0; y < 30; y++) for (let x = 0; x < 49; x++) assert.ok(Math.abs(out.data[y * 50 + x]! - frame.data[(y + 10) * 80 + x + 10]!) <= 1, `${x},${y}`);
});

test("[SCANNER] a quadrilateral is warped upright, with a margin, and a sliver is refused", () => {
  // A trapezoid (the far edge shorter): its mean sides make the rectangle.
  const out = warpQuad(frame, [20, 10, 50, 10, 60, 40, 10, 40], { margin: 0.1 });
  assert.ok(out);
  assert.deepEqual([out.width, out.height], [Math.round(40 + 2 * 4), Math.round(31.6 + 8)]);
  assert.equal(warpQuad(frame, [10, 10, 20, 10, 20, 12, 10, 12]), null);
});
