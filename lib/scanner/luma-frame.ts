// A greyscale camera frame and the few pixel operations the decoder needs. Pure and
// allocation-light: each runs on every tenth of a second of live video, in the decode worker.

/** One luminance byte per pixel, row-major, `width * height` long. */
export type LumaFrame = { data: Uint8ClampedArray; width: number; height: number };

/** Bilinear luminance at (x, y), a point between pixel centres; mid grey (neither ink nor paper) off the frame. */
export function sampleLuma(frame: LumaFrame, x: number, y: number): number {
  const { data, width, height } = frame;
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  if (x0 < 0 || y0 < 0 || x0 >= width - 1 || y0 >= height - 1) return 128;
  const fx = x - x0;
  const i = y0 * width + x0;
  const top = data[i]! + (data[i + 1]! - data[i]!) * fx;
  const bottom = data[i + width]! + (data[i + width + 1]! - data[i + width]!) * fx;
  return top + (bottom - top) * (y - y0);
}

/** Luminance of RGBA pixels (a canvas's ImageData), weighted as Rec. 601 with integer maths. */
export function lumaFromRgba(rgba: Uint8ClampedArray, width: number, height: number): LumaFrame {
  const data = new Uint8ClampedArray(width * height);
  for (let i = 0, j = 0; i < data.length; i++, j += 4) {
    data[i] = (rgba[j]! * 77 + rgba[j + 1]! * 150 + rgba[j + 2]! * 29) >> 8;
  }
  return { data, width, height };
}

/** Light on dark: badges printed negative, or a phone screen showing an inverted code. */
export function invert(frame: LumaFrame): LumaFrame {
  const data = new Uint8ClampedArray(frame.data.length);
  for (let i = 0; i < data.length; i++) data[i] = 255 - frame.data[i]!;
  return { data, width: frame.width, height: frame.height };
}

/** Binomial weights of 8 (Pascal's row): a Gaussian of σ √2 px, summing to 256. */
const SMOOTHING = [1, 8, 28, 56, 70, 56, 28, 8, 1];
const REACH = (SMOOTHING.length - 1) / 2;

/**
 * ZXing's PDF417 reader misses most codes under sensor noise of σ 8–16 grey levels, level or
 * not, and reads them once smoothed over about 1.4 px (docs/benchmarks/decode.md, 2026-12-06).
 * Its global-histogram binarizer reads more of them than its local-average one, so the noise
 * is likely breaking the local thresholds. Separable, two passes; the four-pixel border,
 * never a symbol's, is left as it was.
 */
export function smooth(frame: LumaFrame): LumaFrame {
  const { data: d, width: w, height: h } = frame;
  const across = new Uint16Array(d.length); // each ≤ 255 × 256
  for (let y = 0; y < h; y++) {
    for (let x = REACH; x < w - REACH; x++) {
      let sum = 0;
      for (let k = 0; k < SMOOTHING.length; k++) sum += SMOOTHING[k]! * d[y * w + x + k - REACH]!;
      across[y * w + x] = sum;
    }
  }
  const data = Uint8ClampedArray.from(d);
  for (let y = REACH; y < h - REACH; y++) {
    for (let x = REACH; x < w - REACH; x++) {
      let sum = 0;
      for (let k = 0; k < SMOOTHING.length; k++) sum += SMOOTHING[k]! * across[(y + k - REACH) * w + x]!;
      data[y * w + x] = (sum + 32768) >> 16;
    }
  }
  return { data, width: w, height: h };
}
