// zxing's Aztec and PDF417 detectors follow module edges on the binarized image; a little
// defocus rounds a bullseye ring or a codeword's bars into grey and the binarizer closes them
// up. An unsharp mask (the frame plus `amount` times its difference from a blurred copy)
// steepens those edges again before the binarizer sees them.
import type { LumaFrame } from "./luma-frame";

/** Unsharp mask with a box blur of radius `radius` px (two passes: close to a Gaussian). */
export function sharpen(frame: LumaFrame, amount: number, radius = 2): LumaFrame {
  const { width, height, data: src } = frame;
  const blurred = boxBlur(boxBlur(Float32Array.from(src), width, height, radius), width, height, radius);
  const data = new Uint8ClampedArray(src.length);
  for (let i = 0; i < src.length; i++) data[i] = src[i]! + amount * (src[i]! - blurred[i]!); // the array rounds
  return { data, width, height };
}

/** Separable box blur of radius r (edges clamped), by running sums. */
function boxBlur(values: Float32Array, width: number, height: number, r: number): Float32Array {
  const tmp = new Float32Array(values.length);
  const out = new Float32Array(values.length);
  const span = 2 * r + 1;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    let sum = 0;
    for (let k = -r; k <= r; k++) sum += values[row + Math.min(width - 1, Math.max(0, k))]!;
    for (let x = 0; x < width; x++) {
      tmp[row + x] = sum / span;
      sum += values[row + Math.min(width - 1, x + r + 1)]! - values[row + Math.max(0, x - r)]!;
    }
  }
  for (let x = 0; x < width; x++) {
    let sum = 0;
    for (let k = -r; k <= r; k++) sum += tmp[Math.min(height - 1, Math.max(0, k)) * width + x]!;
    for (let y = 0; y < height; y++) {
      out[y * width + x] = sum / span;
      sum += tmp[Math.min(height - 1, y + r + 1) * width + x]! - tmp[Math.max(0, y - r) * width + x]!;
    }
  }
  return out;
}
