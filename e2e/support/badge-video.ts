/**
 * Builds a YUV4MPEG2 (.y4m) clip of a QR badge held in front of a camera, for
 * Chromium's fake webcam: `--use-file-for-fake-video-capture=<file>.y4m`.
 * Chromium loops the file, so an array of codes cycles through every badge.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import QRCode from 'qrcode';

export interface BadgeVideoOptions {
  width?: number;
  height?: number;
  /** Frames per code. Each 640x480 frame is ~450 KB, so keep this small. */
  frames?: number;
  fps?: number;
}

const BLACK = 16; // video-range luma, so Chromium's YUV->RGB keeps full contrast
const WHITE = 235;
const GREY = 128;
const QUIET = 4; // quiet zone, in modules
const SPAN = 0.5; // QR (incl. quiet zone) height as a fraction of frame height
const MAX_DEG = 4;
const MAX_SHIFT = 3; // px

/** Module grid of `text` with the quiet zone included: 1 = dark. */
function qrGrid(text: string): { size: number; dark: Uint8Array } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = modules.size + 2 * QUIET;
  const dark = new Uint8Array(size * size);
  for (let r = 0; r < modules.size; r++) {
    for (let c = 0; c < modules.size; c++) {
      if (modules.get(r, c)) dark[(r + QUIET) * size + c + QUIET] = 1;
    }
  }
  return { size, dark };
}

/**
 * Renders one luma plane by inverse-mapping each output pixel centre through
 * the rotation/offset back onto the module grid (nearest neighbour: in a
 * sweep of 2,700+ frames, anti-aliased grey edges made ZXing miss ~1% of
 * rotated frames, hard edges missed none).
 */
function renderLuma(
  grid: { size: number; dark: Uint8Array },
  w: number,
  h: number,
  deg: number,
  dx: number,
  dy: number,
): Buffer {
  const y = Buffer.alloc(w * h, GREY);
  // Whole px per module: fractional sizes also cost ZXing the odd rotated frame.
  const scale = Math.max(1, Math.round((SPAN * h) / grid.size));
  const half = grid.size / 2;
  const cos = Math.cos((deg * Math.PI) / 180);
  const sin = Math.sin((deg * Math.PI) / 180);
  const cx = w / 2 + dx;
  const cy = h / 2 + dy;
  const reach = Math.ceil(half * scale * Math.SQRT2) + 2; // bounding box of the rotated badge
  const x0 = Math.max(0, Math.floor(cx - reach));
  const x1 = Math.min(w, Math.ceil(cx + reach));
  const y0 = Math.max(0, Math.floor(cy - reach));
  const y1 = Math.min(h, Math.ceil(cy + reach));
  for (let py = y0; py < y1; py++) {
    for (let px = x0; px < x1; px++) {
      const ox = px + 0.5 - cx;
      const oy = py + 0.5 - cy;
      // Rotate by -deg to land in badge space, then convert px -> modules.
      const u = Math.floor((ox * cos + oy * sin) / scale + half);
      const v = Math.floor((-ox * sin + oy * cos) / scale + half);
      if (u >= 0 && v >= 0 && u < grid.size && v < grid.size) {
        y[py * w + px] = grid.dark[v * grid.size + u] ? BLACK : WHITE;
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
  const { width = 640, height = 480, frames = 10, fps = 15 } = opts;
  const list = typeof codes === 'string' ? [codes] : codes;
  if (list.length === 0) throw new Error('writeBadgeVideo: no codes given');
  if (width % 2 || height % 2) throw new Error('writeBadgeVideo: width/height must be even');
  if (!Number.isInteger(frames) || frames < 1) throw new Error('writeBadgeVideo: frames must be >= 1');

  const out = resolve(file);
  mkdirSync(dirname(out), { recursive: true });
  const chroma = Buffer.alloc((width / 2) * (height / 2), 128); // neutral: greyscale image
  const fd = openSync(out, 'w');
  try {
    writeSync(fd, `YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`);
    for (const code of list) {
      const grid = qrGrid(code);
      for (let i = 0; i < frames; i++) {
        // A perfectly still, axis-aligned code only proves the decoder works on
        // synthetic input; a hand-held badge wobbles and drifts, so each frame
        // rotates within +/-MAX_DEG and shifts a few px (a smooth loop).
        const t = (2 * Math.PI * i) / frames;
        const deg = MAX_DEG * Math.sin(t);
        const dx = Math.round(MAX_SHIFT * Math.cos(t));
        const dy = Math.round(MAX_SHIFT * Math.sin(2 * t));
        writeSync(fd, 'FRAME\n');
        writeSync(fd, renderLuma(grid, width, height, deg, dx, dy));
        writeSync(fd, chroma);
        writeSync(fd, chroma);
      }
    }
  } finally {
    closeSync(fd);
  }
  return out;
}
