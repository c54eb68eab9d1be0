// Turns an averaged bar profile (flatten-bars.ts) into ink and paper. One threshold for the
// whole profile is biased wherever glare or a shadow lifts one end of the code, and blur
// pulls narrow bars towards grey, so each sample is compared with the midpoint of the darkest
// and lightest values a few modules either side. Where there is no contrast nearby (the quiet
// zone, the table) that midpoint would turn noise into bars, so the profile's own one is used.

/** Luminance 0 (ink) or 255 (paper) per sample; `halfWindow` in samples. */
export function thresholdProfile(profile: Float32Array, halfWindow: number): Uint8ClampedArray {
  const n = profile.length;
  const out = new Uint8ClampedArray(n);
  if (n === 0) return out;
  const [lo, hi] = percentiles(profile, 0.05, 0.95);
  const globalMid = (lo + hi) / 2;
  const minRange = 0.25 * (hi - lo);
  const w = Math.max(1, Math.round(halfWindow));
  const min = slidingExtreme(profile, w, (a, b) => a <= b);
  const max = slidingExtreme(profile, w, (a, b) => a >= b);
  for (let k = 0; k < n; k++) {
    const threshold = max[k]! - min[k]! >= minRange ? (max[k]! + min[k]!) / 2 : globalMid;
    out[k] = profile[k]! < threshold ? 0 : 255;
  }
  return out;
}

/** The least (or greatest) value within ±w of every sample, in one pass (a monotonic queue). */
export function slidingExtreme(values: Float32Array, w: number, keeps: (a: number, b: number) => boolean): Float32Array {
  const n = values.length;
  const out = new Float32Array(n);
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let j = 0; j < n + w; j++) {
    if (j < n) {
      while (tail > head && keeps(values[j]!, values[queue[tail - 1]!]!)) tail--;
      queue[tail++] = j;
    }
    const k = j - w; // the sample whose window now ends at j
    if (k < 0) continue;
    while (queue[head]! < k - w) head++;
    out[k] = values[queue[head]!]!;
  }
  return out;
}

/**
 * Width of a module in samples, from how often the profile crosses its midpoint between
 * `from` and `to` (the bars): Code 128 has six bars and spaces in every eleven modules.
 */
export function moduleWidth(profile: Float32Array, from: number, to: number): number | null {
  const a = Math.max(0, Math.floor(from));
  const b = Math.min(profile.length, Math.ceil(to));
  if (b - a < 2) return null;
  const [lo, hi] = percentiles(profile.subarray(a, b), 0.05, 0.95);
  const mid = (lo + hi) / 2;
  let crossings = 0;
  for (let k = a + 1; k < b; k++) if (profile[k - 1]! < mid !== profile[k]! < mid) crossings++;
  return crossings < 6 ? null : ((b - a) * 6) / (11 * crossings);
}

function percentiles(values: Float32Array, low: number, high: number): [number, number] {
  const sorted = Float32Array.from(values).sort();
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return [at(low), at(high)];
}
