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
