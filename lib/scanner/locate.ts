// zxing-js finds Data Matrix and Aztec symbols only around the middle of the image: both
// detectors grow a white rectangle (or look for the bullseye) outward from the centre, so a
// badge held off-centre is missed however sharp it is (measured: 0 of 6 Data Matrix symbols a
// hundred pixels off-centre). We find where the edges are densest and crop the largest
// window centred there, which puts the symbol back in the middle without cutting it.
import type { LumaFrame } from "./luma-frame";

const TILE = 16;

/** Edge strength per TILE × TILE tile, less what noise and texture give every tile alike; null for a frame under 3 tiles a side. */
function edgeTiles(frame: LumaFrame): { energy: Float32Array; cols: number; rows: number } | null {
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
  const floor = [...energy].sort((a, b) => a - b)[Math.floor(energy.length / 2)]!;
  for (let i = 0; i < energy.length; i++) energy[i] = Math.max(0, energy[i]! - 2 * floor);
  return { energy, cols, rows };
}

/** The centre of the densest cluster of edges, in px, or null in a featureless frame. */
export function symbolCentre(frame: LumaFrame): { x: number; y: number } | null {
  const tiles = edgeTiles(frame);
  if (!tiles) return null;
  const { energy, cols, rows } = tiles;
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

/**
 * The turn of the edges' long axis, in degrees within (-45, 45] (modulo 90°, as ZXing tries the
 * quarter turns): for a Code 128, the line along the code. Under perspective its bars lean off
 * square to that line, so turning by the bars (deskew.ts) leaves the code's ends off the rows;
 * turning by this axis puts every row through all the bars. Null without edges.
 */
export function symbolAxis(frame: LumaFrame): number | null {
  const tiles = edgeTiles(frame);
  if (!tiles) return null;
  const { energy, cols } = tiles;
  const at = (k: number) => [k % cols, Math.floor(k / cols)] as const;
  let [sum, sx, sy] = [0, 0, 0];
  energy.forEach((e, k) => {
    sum += e;
    sx += e * at(k)[0];
    sy += e * at(k)[1];
  });
  if (sum === 0) return null;
  // The edges' second moments about their centre: the principal direction is the long axis.
  let [xx, yy, xy] = [0, 0, 0];
  energy.forEach((e, k) => {
    const [dx, dy] = [at(k)[0] - sx / sum, at(k)[1] - sy / sum];
    xx += e * dx * dx;
    yy += e * dy * dy;
    xy += e * dx * dy;
  });
  const deg = (Math.atan2(2 * xy, xx - yy) * 90) / Math.PI;
  return deg > 45 ? deg - 90 : deg <= -45 ? deg + 90 : deg;
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
