// zxing reads Code 128 one pixel row at a time and measures every bar in whole pixels. A badge's
// 26-character code is 321 modules long, so held a little far (1.4–1.7 px per module) a single
// row rounds each bar to 1 or 2 px and sensor noise moves edges by a pixel: nothing reads it.
// The bars are tall, though (15 % of the length), and every row across them carries the same
// profile. So we find the band of bars, correct its turn, and average its rows along the bars
// into one low-noise profile sampled every third of a pixel (docs/decisions/009).
import { sampleLuma, type LumaFrame } from "./luma-frame";

/** Where the bars are, in a frame turned by `angle`: u runs across the bars, v along them (px, from the frame's centre). */
export type BarBand = { cos: number; sin: number; cx: number; cy: number; u0: number; u1: number; v0: number; v1: number };

const STEP = 2; // px between the samples that look for the band
const TILE = 8; // samples per tile side

/**
 * The band of bars in the frame, seen turned by `angleDeg` (the frame's dominant edge
 * direction): the tiles where luminance changes much more across the bars than along them,
 * grown from the strongest one. Null when nothing looks like bars.
 */
export function findBarBand(frame: LumaFrame, angleDeg: number): BarBand | null {
  const rad = (angleDeg * Math.PI) / 180;
  const [cos, sin] = [Math.cos(rad), Math.sin(rad)];
  const [cx, cy] = [(frame.width - 1) / 2, (frame.height - 1) / 2];
  const halfU = (frame.width * Math.abs(cos) + frame.height * Math.abs(sin)) / 2;
  const halfV = (frame.width * Math.abs(sin) + frame.height * Math.abs(cos)) / 2;
  const cols = Math.floor((2 * halfU) / (STEP * TILE));
  const rows = Math.floor((2 * halfV) / (STEP * TILE));
  if (cols < 3 || rows < 3) return null;
  const n = TILE * cols;
  const m = TILE * rows;
  // Nearest-pixel samples on a grid aligned with the bars.
  const grid = new Float32Array(n * m);
  for (let j = 0; j < m; j++) {
    const v = -halfV + j * STEP;
    for (let i = 0; i < n; i++) {
      const u = -halfU + i * STEP;
      const x = Math.round(cx + u * cos - v * sin);
      const y = Math.round(cy + u * sin + v * cos);
      grid[j * n + i] = x >= 0 && y >= 0 && x < frame.width && y < frame.height ? frame.data[y * frame.width + x]! : -1;
    }
  }
  const bars = new Float32Array(cols * rows);
  for (let j = 0; j < m - 1; j++) {
    for (let i = 0; i < n - 1; i++) {
      const here = grid[j * n + i]!;
      const across = grid[j * n + i + 1]!;
      const along = grid[(j + 1) * n + i]!;
      if (here < 0 || across < 0 || along < 0) continue; // off the frame
      bars[Math.floor(j / TILE) * cols + Math.floor(i / TILE)]! += Math.abs(across - here) - Math.abs(along - here);
    }
  }
  let peak = 0;
  let at = -1;
  for (let k = 0; k < bars.length; k++) {
    if (bars[k]! > peak) {
      peak = bars[k]!;
      at = k;
    }
  }
  if (at < 0) return null;
  // The bars' rows: the tiles at least a third as bar-like as the peak, joined to it (a card's
  // edge runs along the bars too, but weaker).
  const seen = new Uint8Array(bars.length);
  const stack = [at];
  seen[at] = 1;
  let [r0, r1] = [rows, -1];
  while (stack.length > 0) {
    const k = stack.pop()!;
    const c = k % cols;
    const r = (k - c) / cols;
    r0 = Math.min(r0, r);
    r1 = Math.max(r1, r);
    for (const nk of [k - 1, k + 1, k - cols, k + cols]) {
      if (nk < 0 || nk >= bars.length || (nk === k - 1 && c === 0) || (nk === k + 1 && c === cols - 1)) continue;
      if (seen[nk] || bars[nk]! < peak / 3) continue;
      seen[nk] = 1;
      stack.push(nk);
    }
  }
  // Its length: the columns of those rows still an eighth as bar-like as the best one (glare
  // washes out part of a code, and a band cut short there loses its quiet zone), one weak
  // column bridged.
  const column = new Float32Array(cols);
  for (let r = r0; r <= r1; r++) for (let c = 0; c < cols; c++) column[c]! += bars[r * cols + c]!;
  const c = at % cols;
  const strong = (k: number) => k >= 0 && k < cols && column[k]! >= column[c]! / 8;
  let c0 = c;
  let c1 = c;
  while (strong(c0 - 1) || strong(c0 - 2)) c0 -= strong(c0 - 1) ? 1 : 2;
  while (strong(c1 + 1) || strong(c1 + 2)) c1 += strong(c1 + 1) ? 1 : 2;
  const tile = STEP * TILE;
  return { cos, sin, cx, cy, u0: -halfU + c0 * tile, u1: -halfU + (c1 + 1) * tile, v0: -halfV + r0 * tile, v1: -halfV + (r1 + 1) * tile };
}

/** Rows of the band sampled across the bars, every `1 / upsample` px from u0 to u1, `spacing` px apart along them from v0. */
export type BandRows = { rows: Float32Array[]; length: number; upsample: number; spacing: number };

/** At most `maxRows` rows, evenly spread: beyond a few dozen, more rows only cost time. */
export function sampleRows(frame: LumaFrame, band: BarBand, u0: number, u1: number, v0: number, v1: number, upsample: number, maxRows = 48): BandRows {
  const length = Math.max(0, Math.floor((u1 - u0) * upsample));
  const { cos, sin, cx, cy } = band;
  const rows: Float32Array[] = [];
  const count = Math.max(1, Math.min(maxRows, Math.round(v1 - v0)));
  const spacing = (v1 - v0) / count;
  for (let r = 0; r < count; r++) {
    const v = v0 + (r + 0.5) * spacing;
    const row = new Float32Array(length);
    const x0 = cx + u0 * cos - v * sin;
    const y0 = cy + u0 * sin + v * cos;
    for (let k = 0; k < length; k++) row[k] = sampleLuma(frame, x0 + (k / upsample) * cos, y0 + (k / upsample) * sin);
    rows.push(row);
  }
  return { rows, length, upsample, spacing };
}

/**
 * The mean of rows r0…r1 (exclusive), each shifted by `slope` samples per row from the middle
 * one (linear interpolation), to follow bars the angle did not quite level.
 */
export function meanProfile({ rows, length }: BandRows, r0: number, r1: number, slope: number): Float32Array {
  const profile = new Float32Array(length);
  const from = Math.max(0, Math.floor(r0));
  const to = Math.min(rows.length, Math.ceil(r1));
  const middle = (from + to - 1) / 2;
  for (let r = from; r < to; r++) {
    const row = rows[r]!;
    const shift = slope * (r - middle);
    const whole = Math.floor(shift);
    const frac = shift - whole;
    for (let k = 0; k < length; k++) {
      const j = k + whole;
      const a = row[Math.min(length - 1, Math.max(0, j))]!;
      const b = row[Math.min(length - 1, Math.max(0, j + 1))]!;
      profile[k]! += a + (b - a) * frac;
    }
  }
  const n = Math.max(1, to - from);
  for (let k = 0; k < length; k++) profile[k]! /= n;
  return profile;
}

/**
 * How far (in samples) `b` is shifted from `a`, within ±`reach`, by the best correlation of
 * their mean-free derivatives: the residual turn of the bars between two parts of the band.
 */
export function profileShift(a: Float32Array, b: Float32Array, reach: number): number {
  const da = derivative(a);
  const db = derivative(b);
  let best = -Infinity;
  let shift = 0;
  for (let s = -reach; s <= reach; s++) {
    let sum = 0;
    for (let k = Math.max(0, -s); k < Math.min(da.length, db.length - s); k++) sum += da[k]! * db[k + s]!;
    if (sum > best) [best, shift] = [sum, s];
  }
  return shift;
}

function derivative(p: Float32Array): Float32Array {
  const d = new Float32Array(Math.max(0, p.length - 1));
  for (let k = 0; k < d.length; k++) d[k] = p[k + 1]! - p[k]!;
  return d;
}
