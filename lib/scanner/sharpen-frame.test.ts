import assert from "node:assert/strict";
import { test } from "node:test";
import { cropEnlarged } from "./luma-frame";
import { sharpen } from "./sharpen-frame";
import { blur } from "./synthetic/perturb";

const step = (width: number, height: number) => ({
  width,
  height,
  data: Uint8ClampedArray.from({ length: width * height }, (_, i) => (i % width < width / 2 ? 40 : 210)),
});

test("[SCANNER] sharpening steepens a blurred edge and leaves flat areas alone", () => {
  const soft = blur(step(40, 10), 2);
  const sharp = sharpen(soft, 4, 3);
  const row = 5 * 40;
  const slope = (f: typeof soft) => f.data[row + 21]! - f.data[row + 18]!;
  assert.ok(slope(sharp) > 1.5 * slope(soft), `${slope(soft)} → ${slope(sharp)}`);
  assert.ok(Math.abs(sharp.data[row + 2]! - soft.data[row + 2]!) <= 1);
  assert.ok(Math.abs(sharp.data[row + 38]! - soft.data[row + 38]!) <= 1);
});

test("[SCANNER] an enlarged crop keeps what it shows where it was", () => {
  const frame = step(100, 60);
  const out = cropEnlarged(frame, 50, 30, 40, 20, 1.5);
  assert.deepEqual([out.width, out.height], [60, 30]);
  // The edge at x = 50 of the frame is in the middle of the crop.
  assert.equal(out.data[15 * 60 + 27], 40);
  assert.equal(out.data[15 * 60 + 32], 210);
  // A window running off the frame is moved inside it, not wrapped.
  const corner = cropEnlarged(frame, 0, 0, 40, 40, 2);
  assert.deepEqual([corner.width, corner.height], [80, 80]);
  assert.ok(corner.data.every((v) => v === 40));
});
