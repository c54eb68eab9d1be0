// zxing's Aztec and PDF417 detectors follow module edges on the binarized image; a little
// defocus rounds a bullseye ring or a codeword's bars into grey and the binarizer closes them
// up. An unsharp mask (the frame plus `amount` times its difference from a blurred copy)
// steepens those edges again before the binarizer sees them.
import type { LumaFrame } from "./luma-frame";

/** Unsharp mask with a box blur of radius `radius` px (two passes: close to a Gaussian). */
export function sharpen(frame: LumaFrame, amount: number, radius = 2): LumaFrame {
  const { width, height, data: src } = frame;
  const rows = new Float32Array(src.length);
  const blurred = new Float32Array(src.length);
  boxBlur(src, rows, blurred, width, height, radius);
  boxBlur(blurred, rows, blurred, width, height, radius);
  const data = new Uint8ClampedArray(src.length);
  for (let i = 0; i < src.length; i++) data[i] = src[i]! + amount * (src[i]! - blurred[i]!); // the array rounds
  return { data, width, height };
}

/**
 * Separable box blur of radius r (edges clamped), by running sums: `values` along the rows into
 * `rows`, then `rows` down the columns into `out`. `out` may be `values`: the rows are all read
 * before the first column is written.
 */
function boxBlur(values: ArrayLike<number>, rows: Float32Array, out: Float32Array, width: number, height: number, r: number): void {
  const span = 2 * r + 1;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    let sum = 0;
    for (let k = -r; k <= r; k++) sum += values[row + Math.min(width - 1, Math.max(0, k))]!;
    for (let x = 0; x < width; x++) {
      rows[row + x] = sum / span;
      sum += values[row + Math.min(width - 1, x + r + 1)]! - values[row + Math.max(0, x - r)]!;
    }
  }
  for (let x = 0; x < width; x++) {
    let sum = 0;
    for (let k = -r; k <= r; k++) sum += rows[Math.min(height - 1, Math.max(0, k)) * width + x]!;
    for (let y = 0; y < height; y++) {
      out[y * width + x] = sum / span;
      sum += rows[Math.min(height - 1, y + r + 1) * width + x]! - rows[Math.max(0, y - r) * width + x]!;
    }
  }
}
