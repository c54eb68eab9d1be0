/**
 * Builds a YUV4MPEG2 (.y4m) clip of a badge held in front of a camera, for
 * Chromium's fake webcam: `--use-file-for-fake-video-capture=<file>.y4m`.
 * Chromium loops the file, so an array of codes cycles through every badge.
 * QR by default; `format` draws any badge symbology (the decoder's own
 * generators, lib/scanner/synthetic/symbol-modules.ts: qrcode and bwip-js).
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { SymbolFormat } from '@/lib/scanner/symbol-format';
import { symbolModules } from '@/lib/scanner/synthetic/symbol-modules';

export interface BadgeVideoOptions {
  width?: number;
  height?: number;
  /** Frames per code. Each 640x480 frame is ~450 KB, so keep this small. */
  frames?: number;
  fps?: number;
  /**
   * How far the badge moves toward and away from the camera, as a fraction of its size
   * (0.15 = ±15 %, one cycle per clip). 0, the default, keeps a whole number of px per module.
   */
  zoom?: number;
  /** Frames of no badge after each code's frames: the badge taken out of view. */
  blankFrames?: number;
  /** The symbology printed on the badge (default QR). */
  format?: SymbolFormat;
  /** Whole px per module; by default the symbol spans half the frame's short side (see modulePx). */
  modulePx?: number;
}

const BLACK = 16; // video-range luma, so Chromium's YUV->RGB keeps full contrast
const WHITE = 235;
const GREY = 128;
const SPAN = 0.5; // symbol (incl. quiet zone) size as a fraction of the frame's short side
const MAX_DEG = 4;
const MAX_SHIFT = 3; // px
/**
 * A phone resolves a Code 128 bar only at about 2 camera px per module or more (below that,
 * a 1-module bar and space blur into grey), so the clip never draws one thinner.
 */
const MIN_MODULE_PX: Record<SymbolFormat, number> = { qr: 1, code128: 2, pdf417: 1, datamatrix: 1, aztec: 1 };

/** Module grid of a symbol with its quiet zone included: 1 = dark. */
interface Grid {
  cols: number;
  rows: number;
  dark: Uint8Array;
}

function symbolGrid(format: SymbolFormat, text: string): Grid {
  const s = symbolModules(format, text);
  const cols = s.width + 2 * s.quiet;
  const rows = s.height + 2 * s.quiet;
  const dark = new Uint8Array(cols * rows);
  for (let r = 0; r < s.height; r++) dark.set(s.dark.subarray(r * s.width, (r + 1) * s.width), (r + s.quiet) * cols + s.quiet);
  return { cols, rows, dark };
}

/**
 * Whole px per module: the symbol's long side spans SPAN of the frame's short side (for a QR
 * code in a landscape frame, SPAN of its height, as before), raised to the format's minimum
 * and capped to fit the frame. A Code 128 badge code (~340 modules with quiet zones) needs a
 * frame ≥ 680 px wide: e.g. 720×1280, a phone's 720p camera held upright.
 */
function modulePx(grid: Grid, w: number, h: number, format: SymbolFormat): number {
  const fits = Math.floor(Math.min(w / grid.cols, h / grid.rows));
  if (fits < MIN_MODULE_PX[format]) {
    throw new Error(`writeBadgeVideo: a ${grid.cols}×${grid.rows}-module ${format} needs a frame of at least ${grid.cols * MIN_MODULE_PX[format]} px across`);
  }
  const wanted = Math.max(1, Math.round((SPAN * Math.min(w, h)) / Math.max(grid.cols, grid.rows)));
  return Math.min(fits, Math.max(MIN_MODULE_PX[format], wanted));
}

/**
 * Renders one luma plane by inverse-mapping each output pixel centre through
 * the rotation/offset back onto the module grid (nearest neighbour: in a
 * sweep of 2,700+ frames, anti-aliased grey edges made ZXing miss ~1% of
 * rotated frames, hard edges missed none).
 */
function renderLuma(
  grid: Grid,
  w: number,
  h: number,
  deg: number,
  dx: number,
  dy: number,
  whole: number,
  zoom = 1,
): Buffer {
  const y = Buffer.alloc(w * h, GREY);
  // Whole px per module unless zoomed: fractional sizes also cost stock ZXing the odd rotated
  // frame (Fairlead's decoder reads both: docs/decisions/009-badge-decoding.md).
  const scale = zoom === 1 ? whole : whole * zoom;
  const halfU = grid.cols / 2;
  const halfV = grid.rows / 2;
  const cos = Math.cos((deg * Math.PI) / 180);
  const sin = Math.sin((deg * Math.PI) / 180);
  const cx = w / 2 + dx;
  const cy = h / 2 + dy;
  const reach = Math.ceil(Math.hypot(halfU, halfV) * scale) + 2; // bounding box of the rotated badge
  const x0 = Math.max(0, Math.floor(cx - reach));
  const x1 = Math.min(w, Math.ceil(cx + reach));
  const y0 = Math.max(0, Math.floor(cy - reach));
  const y1 = Math.min(h, Math.ceil(cy + reach));
  for (let py = y0; py < y1; py++) {
    for (let px = x0; px < x1; px++) {
      const ox = px + 0.5 - cx;
      const oy = py + 0.5 - cy;
      // Rotate by -deg to land in badge space, then convert px -> modules.
      const u = Math.floor((ox * cos + oy * sin) / scale + halfU);
      const v = Math.floor((-ox * sin + oy * cos) / scale + halfV);
      if (u >= 0 && v >= 0 && u < grid.cols && v < grid.rows) {
        y[py * w + px] = grid.dark[v * grid.cols + u] ? BLACK : WHITE;
      }
    }
  }
  return y;
}

/** Writes the clip to `file` and returns its absolute path. */
export function writeBadgeVideo(
  file: string,
  codes: string | string[],
  opts: BadgeVideoOptions = {},
): string {
  const { width = 640, height = 480, frames = 10, fps = 15, zoom = 0, blankFrames = 0, format = 'qr' } = opts;
  const list = typeof codes === 'string' ? [codes] : codes;
  if (list.length === 0) throw new Error('writeBadgeVideo: no codes given');
  if (width % 2 || height % 2) throw new Error('writeBadgeVideo: width/height must be even');
  if (!Number.isInteger(frames) || frames < 1) throw new Error('writeBadgeVideo: frames must be >= 1');
  if (!Number.isInteger(blankFrames) || blankFrames < 0) throw new Error('writeBadgeVideo: blankFrames must be >= 0');

  const out = resolve(file);
  mkdirSync(dirname(out), { recursive: true });
  const chroma = Buffer.alloc((width / 2) * (height / 2), 128); // neutral: greyscale image
  const fd = openSync(out, 'w');
  try {
    writeSync(fd, `YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`);
    for (const code of list) {
      const grid = symbolGrid(format, code);
      const whole = opts.modulePx ?? modulePx(grid, width, height, format);
      for (let i = 0; i < frames; i++) {
        // A perfectly still, axis-aligned code only proves the decoder works on
        // synthetic input; a hand-held badge wobbles and drifts, so each frame
        // rotates within +/-MAX_DEG and shifts a few px (a smooth loop).
        const t = (2 * Math.PI * i) / frames;
        const deg = MAX_DEG * Math.sin(t);
        const dx = Math.round(MAX_SHIFT * Math.cos(t));
        const dy = Math.round(MAX_SHIFT * Math.sin(2 * t));
        writeSync(fd, 'FRAME\n');
        writeSync(fd, renderLuma(grid, width, height, deg, dx, dy, whole, 1 + zoom * Math.cos(t)));
        writeSync(fd, chroma);
        writeSync(fd, chroma);
      }
      const blank = Buffer.alloc(width * height, GREY);
      for (let i = 0; i < blankFrames; i++) {
        writeSync(fd, 'FRAME\n');
        writeSync(fd, blank);
        writeSync(fd, chroma);
        writeSync(fd, chroma);
      }
    }
  } finally {
    closeSync(fd);
  }
  return out;
}
