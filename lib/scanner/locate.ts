// zxing-js finds Data Matrix and Aztec symbols only around the middle of the image: both
// detectors grow a white rectangle (or look for the bullseye) outward from the centre, so a
// badge held off-centre is missed however sharp it is (measured: 0 of 6 Data Matrix symbols a
// hundred pixels off-centre). We find where the edges are densest and crop the largest
// window centred there, which puts the symbol back in the middle without cutting it.
import type { LumaFrame } from "./luma-frame";

const TILE = 16;

/** The centre of the densest cluster of edges, in px, or null in a featureless frame. */
export function symbolCentre(frame: LumaFrame): { x: number; y: number } | null {
  const { data: d, width: w, height: h } = frame;
  const cols = Math.floor(w / TILE);
  const rows = Math.floor(h / TILE);
  if (cols < 3 || rows < 3) return null;
  const energy = new Float32Array(cols * rows);
  for (let y = 1; y < rows * TILE - 1; y += 2) {
    for (let x = 1; x < cols * TILE - 1; x += 2) {
      const i = y * w + x;
      energy[Math.floor(y / TILE) * cols + Math.floor(x / TILE)]! += Math.abs(d[i + 1]! - d[i - 1]!) + Math.abs(d[i + w]! - d[i - w]!);
    }
  }
  // Noise and texture raise every tile alike; keep only what stands out.
  const floor = [...energy].sort((a, b) => a - b)[Math.floor(energy.length / 2)]!;
  for (let i = 0; i < energy.length; i++) energy[i] = Math.max(0, energy[i]! - 2 * floor);
  let best = -1;
  let at = 0;
  for (let r = 1; r < rows - 1; r++) {
    for (let c = 1; c < cols - 1; c++) {
      let s = 0;
      for (let dr = -1; dr <= 1; dr++) for (let dc = -1; dc <= 1; dc++) s += energy[(r + dr) * cols + c + dc]!;
      if (s > best) [best, at] = [s, r * cols + c];
    }
  }
  if (best <= 0) return null;
  // A few mean-shift steps from the densest spot towards the cluster's centre of mass.
  let cx = (at % cols) + 0.5;
  let cy = Math.floor(at / cols) + 0.5;
  const radius = Math.max(3, Math.min(cols, rows) / 4);
  for (let step = 0; step < 4; step++) {
    let sx = 0;
    let sy = 0;
    let sw = 0;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const e = energy[r * cols + c]!;
        if (e === 0 || Math.hypot(c + 0.5 - cx, r + 0.5 - cy) > radius) continue;
        sx += (c + 0.5) * e;
        sy += (r + 0.5) * e;
        sw += e;
      }
    }
    if (sw === 0) break;
    [cx, cy] = [sx / sw, sy / sw];
  }
  return { x: cx * TILE, y: cy * TILE };
}

/** The largest window of the frame centred on (x, y): it holds all of a symbol centred there. */
export function cropAround(frame: LumaFrame, x: number, y: number): LumaFrame {
  const halfW = Math.floor(Math.min(x, frame.width - x));
  const halfH = Math.floor(Math.min(y, frame.height - y));
  const width = Math.max(1, 2 * halfW);
  const height = Math.max(1, 2 * halfH);
  const left = Math.round(x) - halfW;
  const top = Math.round(y) - halfH;
  const data = new Uint8ClampedArray(width * height);
  for (let row = 0; row < height; row++) {
    const from = (top + row) * frame.width + left;
    data.set(frame.data.subarray(from, from + width), row * width);
  }
  return { data, width, height };
}
