// zxing-js reads PDF417 only when its rows run level: the detector follows the start and stop
// patterns down the symbol and the decoder reads codewords along pixel rows. A badge tilted
// about a diagonal axis turns the symbol into a general quadrilateral whose rows converge, so
// no single turn (deskew.ts) levels them all. We find the symbol's four corners and undo the
// perspective (warp-quad.ts). The corners are those of the ink blob around the densest edges:
// PDF417 begins and ends with full-height bars, so its corners are ink.
import { HybridBinarizer, RGBLuminanceSource } from "@zxing/library";
import { symbolCentre } from "./locate";
import type { LumaFrame } from "./luma-frame";

/** Top-left, top-right, bottom-right, bottom-left, in px. */
export type Quad = [number, number, number, number, number, number, number, number];

const CELL = 4; // px
// Cells this far apart join: bridges one empty cell, so a blob holds a PDF417's codewords but
// not, usually, the card's edge beyond its quiet zone (measured: 3 joins the edge on small
// symbols and reads fewer). The start pattern's 3-module space may still cut it off at
// 3.5 px per module; warp-quad's margin brings it back.
const REACH = 2;

/** The corners of the ink blob nearest the densest edges, or null (no blob, or a tiny one). */
export function symbolCorners(frame: LumaFrame): Quad | null {
  const at = symbolCentre(frame);
  if (!at) return null;
  const ink = new HybridBinarizer(new RGBLuminanceSource(frame.data, frame.width, frame.height)).getBlackMatrix();
  const cols = Math.floor(frame.width / CELL);
  const rows = Math.floor(frame.height / CELL);
  const inked = new Uint8Array(cols * rows);
  for (let y = 0; y < rows * CELL; y++) {
    for (let x = 0; x < cols * CELL; x++) if (ink.get(x, y)) inked[Math.floor(y / CELL) * cols + Math.floor(x / CELL)] = 1;
  }
  const start = nearestInked(inked, cols, rows, Math.floor(at.x / CELL), Math.floor(at.y / CELL));
  if (start < 0) return null;
  // The blob: inked cells joined to the start across at most REACH - 1 empty cells.
  const blob = new Uint8Array(cols * rows);
  const stack = [start];
  blob[start] = 1;
  let size = 0;
  while (stack.length > 0) {
    const k = stack.pop()!;
    size++;
    const c = k % cols;
    const r = (k - c) / cols;
    for (let dr = -REACH; dr <= REACH; dr++) {
      for (let dc = -REACH; dc <= REACH; dc++) {
        const nc = c + dc;
        const nr = r + dr;
        const nk = nr * cols + nc;
        if (nc < 0 || nr < 0 || nc >= cols || nr >= rows || blob[nk] || !inked[nk]) continue;
        blob[nk] = 1;
        stack.push(nk);
      }
    }
  }
  if (size < 64) return null;
  // The blob's ink pixels furthest out along the diagonals: its corners, for turns under 45°.
  const best = [Infinity, -Infinity, -Infinity, Infinity]; // min x+y, max x−y, max x+y, min x−y
  const corner = new Array<number>(8).fill(0);
  const set = (i: number, score: number, x: number, y: number) => {
    best[i] = score;
    corner[2 * i] = x;
    corner[2 * i + 1] = y;
  };
  for (let y = 0; y < rows * CELL; y++) {
    for (let x = 0; x < cols * CELL; x++) {
      if (!blob[Math.floor(y / CELL) * cols + Math.floor(x / CELL)] || !ink.get(x, y)) continue;
      const sum = x + y;
      const diff = x - y;
      if (sum < best[0]!) set(0, sum, x, y);
      if (diff > best[1]!) set(1, diff, x + 1, y);
      if (sum > best[2]!) set(2, sum, x + 1, y + 1);
      if (diff < best[3]!) set(3, diff, x, y + 1);
    }
  }
  return corner as Quad;
}

/** The inked cell nearest (c, r) within a few cells, or -1. */
function nearestInked(inked: Uint8Array, cols: number, rows: number, c: number, r: number): number {
  for (let radius = 0; radius <= 6; radius++) {
    for (let dr = -radius; dr <= radius; dr++) {
      for (let dc = -radius; dc <= radius; dc++) {
        const [nc, nr] = [c + dc, r + dr];
        if (nc >= 0 && nr >= 0 && nc < cols && nr < rows && inked[nr * cols + nc]) return nr * cols + nc;
      }
    }
  }
  return -1;
}
