// A greyscale camera frame and the few pixel operations the decoder needs. Pure and
// allocation-light: each runs on every tenth of a second of live video.

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

/** The centred `fraction` of the frame in each direction (1 = the whole frame). */
export function cropCentre(frame: LumaFrame, fraction: number): LumaFrame {
  if (fraction >= 1) return frame;
  const width = Math.max(1, Math.round(frame.width * fraction));
  const height = Math.max(1, Math.round(frame.height * fraction));
  const left = (frame.width - width) >> 1;
  const top = (frame.height - height) >> 1;
  const data = new Uint8ClampedArray(width * height);
  for (let y = 0; y < height; y++) {
    const from = (top + y) * frame.width + left;
    data.set(frame.data.subarray(from, from + width), y * width);
  }
  return { data, width, height };
}

/**
 * Shrinks by `factor` (0 < factor ≤ 1) averaging the covered source area, so every source
 * pixel counts with its exact share. Area averaging (not nearest or bilinear sampling) is what
 * turns a code printed at a whole number of pixels per module into one whose module edges
 * fall elsewhere, which is the point of the rescale fallback (docs/decisions/009).
 */
export function downscale(frame: LumaFrame, factor: number): LumaFrame {
  if (factor >= 1) return frame;
  const width = Math.max(1, Math.floor(frame.width * factor));
  const height = Math.max(1, Math.floor(frame.height * factor));
  const xs = areaWeights(frame.width, width);
  const ys = areaWeights(frame.height, height);
  // Rows first into a float buffer, then columns.
  const rows = new Float32Array(width * frame.height);
  for (let y = 0; y < frame.height; y++) {
    const src = y * frame.width;
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let k = xs.start[x]!; k < xs.start[x + 1]!; k++) sum += frame.data[src + xs.index[k]!]! * xs.weight[k]!;
      rows[y * width + x] = sum;
    }
  }
  const data = new Uint8ClampedArray(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let k = ys.start[y]!; k < ys.start[y + 1]!; k++) sum += rows[ys.index[k]! * width + x]! * ys.weight[k]!;
      data[y * width + x] = sum + 0.5;
    }
  }
  return { data, width, height };
}

/** Which source pixels make up each output pixel along one axis, and by how much. */
function areaWeights(from: number, to: number) {
  const ratio = from / to;
  const start = new Int32Array(to + 1);
  const index: number[] = [];
  const weight: number[] = [];
  for (let i = 0; i < to; i++) {
    start[i] = index.length;
    const a = i * ratio;
    const b = Math.min(from, (i + 1) * ratio);
    for (let s = Math.floor(a); s < b; s++) {
      const cover = Math.min(b, s + 1) - Math.max(a, s);
      if (cover > 1e-6) {
        index.push(s);
        weight.push(cover / ratio);
      }
    }
  }
  start[to] = index.length;
  return { start, index: Int32Array.from(index), weight: Float32Array.from(weight) };
}

/** Light on dark: badges printed negative, or a phone screen showing an inverted code. */
export function invert(frame: LumaFrame): LumaFrame {
  const data = new Uint8ClampedArray(frame.data.length);
  for (let i = 0; i < data.length; i++) data[i] = 255 - frame.data[i]!;
  return { data, width: frame.width, height: frame.height };
}

/**
 * The window of `width` × `height` px centred on (x, y) (moved inside the frame where it would
 * run off it), enlarged by `factor` (≥ 1) with bilinear interpolation: a small symbol's modules
 * grow past the smallest scale the binarizer and detectors handle.
 */
export function cropEnlarged(frame: LumaFrame, x: number, y: number, width: number, height: number, factor: number): LumaFrame {
  const w = Math.max(2, Math.min(frame.width, Math.round(width)));
  const h = Math.max(2, Math.min(frame.height, Math.round(height)));
  const left = Math.min(frame.width - w, Math.max(0, Math.round(x - w / 2)));
  const top = Math.min(frame.height - h, Math.max(0, Math.round(y - h / 2)));
  const outW = Math.floor(w * factor);
  const outH = Math.floor(h * factor);
  const data = new Uint8ClampedArray(outW * outH);
  for (let oy = 0; oy < outH; oy++) {
    // Clamped so that the right and lower neighbours stay inside the window.
    const sy = top + Math.min(h - 1.001, Math.max(0, (oy + 0.5) / factor - 0.5));
    for (let ox = 0; ox < outW; ox++) {
      data[oy * outW + ox] = sampleLuma(frame, left + Math.min(w - 1.001, Math.max(0, (ox + 0.5) / factor - 0.5)), sy);
    }
  }
  return { data, width: outW, height: outH };
}
