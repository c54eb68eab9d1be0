import assert from "node:assert/strict";
import { test } from "node:test";
import { moduleWidth, slidingExtreme, thresholdProfile } from "./binarize-profile";

const bars = (widths: number[], px: number, ink = 40, paper = 220) =>
  Float32Array.from(widths.flatMap((w, i) => Array.from({ length: w * px }, () => (i % 2 === 0 ? paper : ink))));

test("[SCANNER] the sliding minimum and maximum match a plain scan", () => {
  const values = Float32Array.from({ length: 200 }, (_, i) => Math.sin(i * 0.37) * 50 + (i % 7));
  for (const w of [1, 3, 10]) {
    const min = slidingExtreme(values, w, (a, b) => a <= b);
    const max = slidingExtreme(values, w, (a, b) => a >= b);
    for (let k = 0; k < values.length; k++) {
      const window = values.subarray(Math.max(0, k - w), Math.min(values.length, k + w + 1));
      assert.equal(min[k], Math.min(...window));
      assert.equal(max[k], Math.max(...window));
    }
  }
});

test("[SCANNER] a profile lifted by glare at one end is still split into its bars and spaces", () => {
  const clean = bars([12, 2, 1, 3, 1, 1, 2, 4, 2, 12], 3);
  // Glare adds up to 120 grey levels towards the right: one threshold would lose the bars there.
  const lifted = clean.map((v, k) => Math.min(255, v + (120 * k) / clean.length));
  const out = thresholdProfile(lifted, 12);
  assert.deepEqual([...out], [...clean].map((v) => (v < 128 ? 0 : 255)));
});

test("[SCANNER] flat paper around the bars stays paper, however noisy", () => {
  const profile = bars([30, 2, 1, 1, 2, 30], 3);
  for (let k = 0; k < profile.length; k++) if (profile[k]! > 128) profile[k]! += (k * 7919) % 9 - 4; // ±4 grey levels
  const out = thresholdProfile(profile, 6);
  assert.ok(out.subarray(0, 85).every((v) => v === 255), "no bars in the quiet zone");
});

test("[SCANNER] the module width is estimated from the bars' edges", () => {
  // Two Code 128 characters (11 modules, six elements each) at 4.5 samples per module.
  const profile = bars([10, 2, 1, 2, 2, 2, 2, 2, 1, 2, 2, 2, 2, 10], 4.5);
  const module = moduleWidth(profile, 10 * 4.5, 32 * 4.5);
  assert.ok(module !== null && Math.abs(module - 4.5) < 1, `${module}`);
});
