// Undoes a badge's tilt: the quadrilateral a symbol's corners span (find-corners.ts) is mapped
// back to an upright rectangle of the same mean side lengths, with a margin of the frame
// around it for the quiet zone, by a perspective transform and bilinear sampling.
import { PerspectiveTransform } from "@zxing/library";
import type { Quad } from "./find-corners";
import type { LumaFrame } from "./luma-frame";

/** The symbol inside `quad` made rectangular, `margin` (a fraction of its size) around it. */
export function warpQuad(frame: LumaFrame, quad: Quad, margin = 0.15): LumaFrame | null {
  const [x0, y0, x1, y1, x2, y2, x3, y3] = quad;
  const w = (Math.hypot(x1 - x0, y1 - y0) + Math.hypot(x2 - x3, y2 - y3)) / 2;
  const h = (Math.hypot(x3 - x0, y3 - y0) + Math.hypot(x2 - x1, y2 - y1)) / 2;
  if (w < 20 || h < 10) return null;
  const m = Math.round(margin * Math.max(w, h));
  const width = Math.round(w + 2 * m);
  const height = Math.round(h + 2 * m);
  // Output px → frame px.
  const toFrame = PerspectiveTransform.quadrilateralToQuadrilateral(m, m, m + w, m, m + w, m + h, m, m + h, ...quad);
  const data = new Uint8ClampedArray(width * height);
  const xs = new Float32Array(width);
  const ys = new Float32Array(width);
  const src = frame.data;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      xs[x] = x + 0.5;
      ys[x] = y + 0.5;
    }
    toFrame.transformPointsWithValues(xs, ys);
    for (let x = 0; x < width; x++) {
      const sx = xs[x]! - 0.5;
      const sy = ys[x]! - 0.5;
      const fx0 = Math.floor(sx);
      const fy0 = Math.floor(sy);
      if (fx0 < 0 || fy0 < 0 || fx0 >= frame.width - 1 || fy0 >= frame.height - 1) {
        data[y * width + x] = 128; // neither ink nor paper
        continue;
      }
      const i = fy0 * frame.width + fx0;
      const fx = sx - fx0;
      const top = src[i]! + (src[i + 1]! - src[i]!) * fx;
      const bottom = src[i + frame.width]! + (src[i + frame.width + 1]! - src[i + frame.width]!) * fx;
      data[y * width + x] = top + (bottom - top) * (sy - fy0); // the array rounds
    }
  }
  return { data, width, height };
}
