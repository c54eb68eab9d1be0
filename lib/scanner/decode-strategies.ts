// The ways the decoder looks at a frame. The first is tried on every frame; the others are
// fallbacks, one per frame in turn, so each frame stays cheap and a code that only one of them
// can read is still read within a cycle (fourteen frames, under a second and a half at 10
// decodes a second).
// Which ones earn their place, and by how much, is measured by `npm run bench:decode`
// (docs/decisions/009-badge-decoding.md).
import { buildBarRows } from "./build-bar-rows";
import { dominantAngle, rotate } from "./deskew";
import { symbolCorners } from "./find-corners";
import { cropAround, symbolCentre } from "./locate";
import { cropEnlarged, downscale, invert, type LumaFrame } from "./luma-frame";
import { sharpen } from "./sharpen-frame";
import { warpQuad } from "./warp-quad";
import { SYMBOL_FORMATS, type ReadOptions, type SymbolFormat } from "./read-symbol";

export type Strategy = ReadOptions & {
  name: string;
  /**
   * The frame as this strategy sees it, or null when it has nothing to add for this frame; or
   * a few small views of it, made and read in turn until one reads (none: nothing to add).
   */
  framesOf: (frame: LumaFrame) => LumaFrame | Iterable<LumaFrame> | null;
};

const ALL = SYMBOL_FORMATS;
/** zxing-js reads these only near level: PDF417 within ±2°, Data Matrix and Aztec within ±10°. */
const LEVEL_ONLY: readonly SymbolFormat[] = ["code128", "pdf417", "datamatrix", "aztec"];
/** zxing-js looks for these only around the middle of the image. */
const CENTRE_ONLY: readonly SymbolFormat[] = ["datamatrix", "aztec"];
/** Below this, turning the frame costs more than it could gain. */
const MIN_SKEW_DEG = 1.5;

/** Off by less than this (of the short side), a symbol counts as centred. */
const CENTRED = 0.04;

const same = (frame: LumaFrame) => frame;

/** The whole frame turned level; null when it already is. */
function level(frame: LumaFrame): LumaFrame | null {
  const angle = dominantAngle(frame);
  return angle === null || Math.abs(angle) < MIN_SKEW_DEG ? null : rotate(frame, -angle);
}

/** The frame cropped around the densest edges, so a Data Matrix or Aztec is in the middle, and turned level. */
function centred(frame: LumaFrame): LumaFrame | null {
  const at = symbolCentre(frame);
  if (!at || Math.hypot(at.x - frame.width / 2, at.y - frame.height / 2) < CENTRED * Math.min(frame.width, frame.height)) return null;
  const crop = cropAround(frame, at.x, at.y);
  return level(crop) ?? crop;
}

/**
 * The middle of the frame around the densest edges, enlarged and sharpened: zxing-js' Aztec
 * detector misses a bullseye whose rings are under about 4.5 px or rounded by blur. Two
 * views, the second (closer, sharper) only when the first reads nothing: each reads a few
 * blurred symbols the other misses (measured, decision 009).
 */
function* closeUp(frame: LumaFrame): Generator<LumaFrame> {
  const at = symbolCentre(frame);
  if (!at) return;
  const short = Math.min(frame.width, frame.height);
  yield sharpen(cropEnlarged(frame, at.x, at.y, 0.55 * short, 0.55 * short, 1.5), 4, 3);
  yield sharpen(cropEnlarged(frame, at.x, at.y, 0.45 * short, 0.45 * short, 2), 8, 6);
}

/**
 * The symbol's quadrilateral made rectangular again (PDF417 tilted about a diagonal axis), and
 * its negative: on a light-on-dark badge the blob is the dark card, whose corners serve as well.
 */
function* upright(frame: LumaFrame): Generator<LumaFrame> {
  const quad = symbolCorners(frame);
  // A blob most of the frame's size is not a symbol (the table, or a shadow): not warped at all.
  const warped = quad && warpQuad(frame, quad, { maxPixels: 0.6 * frame.width * frame.height });
  if (!warped) return;
  yield warped;
  yield invert(warped);
}

export const PRIMARY: Strategy = { name: "plain", binarizer: "hybrid", tryHarder: false, formats: ALL, framesOf: same };

export const FALLBACKS: readonly Strategy[] = [
  // zxing-js misses some QR codes at a whole number of px per module on every frame; the
  // same frame shrunk by area averaging reads (decision 009).
  { name: "half", binarizer: "hybrid", tryHarder: false, formats: ALL, framesOf: (f) => downscale(f, 0.5) },
  // PDF417, Data Matrix and Aztec are read only near level, Data Matrix and Aztec only near
  // the middle of the image (decision 009).
  { name: "deskew", binarizer: "hybrid", tryHarder: true, formats: LEVEL_ONLY, framesOf: level },
  { name: "centre", binarizer: "hybrid", tryHarder: false, formats: CENTRE_ONLY, framesOf: centred },
  // One threshold for the whole frame: copes with noise and low contrast, which defeat the
  // local blocks of the hybrid binarizer.
  { name: "global", binarizer: "global", tryHarder: false, formats: ALL, framesOf: same },
  { name: "centre-global", binarizer: "global", tryHarder: false, formats: CENTRE_ONLY, framesOf: centred },
  { name: "deskew-global", binarizer: "global", tryHarder: true, formats: LEVEL_ONLY, framesOf: level },
  // A long Code 128 held a little far (1.4–1.7 px per module): zxing's row reader rounds every
  // bar to whole pixels; rows averaged along the bars, every third of a pixel, read (decision 009).
  { name: "bars", binarizer: "global", tryHarder: false, formats: ["code128"], framesOf: buildBarRows },
  { name: "keystone", binarizer: "hybrid", tryHarder: false, formats: ["pdf417"], framesOf: upright },
  { name: "close-up", binarizer: "hybrid", tryHarder: false, formats: CENTRE_ONLY, framesOf: closeUp },
  // Every row for Code 128, not fifteen: glare and blur spoil some rows.
  { name: "harder", binarizer: "hybrid", tryHarder: true, formats: ALL, framesOf: same },
  { name: "two-thirds", binarizer: "hybrid", tryHarder: false, formats: ALL, framesOf: (f) => downscale(f, 2 / 3) },
  { name: "two-fifths", binarizer: "hybrid", tryHarder: false, formats: ALL, framesOf: (f) => downscale(f, 0.4) },
  // Light on dark (a negative print, a phone screen in dark mode).
  { name: "inverted", binarizer: "hybrid", tryHarder: false, formats: ALL, framesOf: invert },
  { name: "inverted-centre", binarizer: "hybrid", tryHarder: false, formats: CENTRE_ONLY, framesOf: (f) => centred(invert(f)) },
];
