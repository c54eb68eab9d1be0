// Undoes a badge's tilt: the quadrilateral a symbol's corners span (find-corners.ts) is mapped
// back to an upright rectangle of the same mean side lengths, with a margin of the frame
// around it for the quiet zone, by a perspective transform and bilinear sampling.
import { PerspectiveTransform } from "@zxing/library";
import type { Quad } from "./find-corners";
import { sampleLuma, type LumaFrame } from "./luma-frame";

/**
 * The symbol inside `quad` made rectangular, `margin` (a fraction of its size) around it; null
 * for a sliver, or where the result would be over `maxPixels` (then before any pixel is sampled).
 */
export function warpQuad(frame: LumaFrame, quad: Quad, { margin = 0.15, maxPixels = Infinity } = {}): LumaFrame | null {
  const size = uprightSize(quad, margin);
  if (!size || size.width * size.height > maxPixels) return null;
  const { w, h, m, width, height } = size;
  // Output px → frame px.
  const toFrame = PerspectiveTransform.quadrilateralToQuadrilateral(m, m, m + w, m, m + w, m + h, m, m + h, ...quad);
  const data = new Uint8ClampedArray(width * height);
  const xs = new Float32Array(width);
  const ys = new Float32Array(width);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      xs[x] = x + 0.5;
      ys[x] = y + 0.5;
    }
    toFrame.transformPointsWithValues(xs, ys);
    for (let x = 0; x < width; x++) data[y * width + x] = sampleLuma(frame, xs[x]! - 0.5, ys[x]! - 0.5); // the array rounds
  }
  return { data, width, height };
}

/** The size warpQuad gives `quad`: its mean side lengths `w` × `h`, the margin `m`, the output `width` × `height`; null for a sliver. */
function uprightSize(quad: Quad, margin = 0.15): { w: number; h: number; m: number; width: number; height: number } | null {
  const [x0, y0, x1, y1, x2, y2, x3, y3] = quad;
  const w = (Math.hypot(x1 - x0, y1 - y0) + Math.hypot(x2 - x3, y2 - y3)) / 2;
  const h = (Math.hypot(x3 - x0, y3 - y0) + Math.hypot(x2 - x1, y2 - y1)) / 2;
  if (w < 20 || h < 10) return null;
  const m = Math.round(margin * Math.max(w, h));
  return { w, h, m, width: Math.round(w + 2 * m), height: Math.round(h + 2 * m) };
}
