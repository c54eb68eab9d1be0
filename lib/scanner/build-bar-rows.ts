// A small frame of clean Code 128 rows for ZXing's row reader, built from the averaged bar
// profile (flatten-bars.ts, binarize-profile.ts): the whole band, its middle (under
// perspective the bars converge, so fewer rows blur less), and each half. zxing reads the
// rows from the middle out, each way round, so the symbol may be upside down.
import { moduleWidth, thresholdProfile } from "./binarize-profile";
import { dominantAngle } from "./deskew";
import { findBarBand, meanProfile, profileShift, sampleRows } from "./flatten-bars";
import type { LumaFrame } from "./luma-frame";

/** Samples per px along the profile: sub-pixel edges for bars 1.4 px wide. */
const UPSAMPLE = 3;
/** White samples before and after each row: zxing never looks at a row's end pixels. */
const PAD = 4;

/**
 * `turned`: look for bars that run across the frame rather than up and down it (a code on its
 * side). The dominant angle is modulo 90°, so it cannot tell the two apart; a quarter turn of
 * the angle, not of the frame, which would resample every pixel (a 960-px frame turned 90° is
 * 961 px wide, so each pixel became the mean of four: 1.3-px bars were lost).
 */
export function buildBarRows(frame: LumaFrame, turned = false): LumaFrame | null {
  // Every fourth row for the angle: the halves' shift below corrects what that loses.
  const band = findBarBand(frame, (dominantAngle(frame, 0.3, 4) ?? 0) + (turned ? 90 : 0));
  if (!band) return null;
  // The band's tiles overhang the bars a little; the rows nearest its edges are half paper.
  const v0 = band.v0 + 4;
  const v1 = band.v1 - 4;
  if (band.u1 - band.u0 < 40 || v1 - v0 < 6) return null;
  // Enough paper either side for the quiet zones zxing checks.
  const margin = Math.max(30, 0.1 * (band.u1 - band.u0));
  const [u0, u1] = [band.u0 - margin, band.u1 + margin];
  const sampled = sampleRows(frame, band, u0, u1, v0, v1, UPSAMPLE);
  const rows = sampled.rows.length;
  const half = rows / 2;

  // The angle is good to about a degree, which over the bars' height smears a 1.4 px module:
  // the shift between the two halves' profiles gives the rest.
  const reach = Math.ceil(0.06 * (v1 - v0) * UPSAMPLE) + UPSAMPLE;
  const slope = profileShift(meanProfile(sampled, 0, half, 0), meanProfile(sampled, half, rows, 0), reach) / half;

  const full = meanProfile(sampled, 0, rows, slope);
  const module = moduleWidth(full, margin * UPSAMPLE, (u1 - u0 - margin) * UPSAMPLE) ?? 2 * UPSAMPLE;
  const variants = [
    thresholdProfile(full, 5 * module),
    thresholdProfile(meanProfile(sampled, half - rows / 8, half + rows / 8, slope), 5 * module),
    thresholdProfile(meanProfile(sampled, 0, half, slope), 5 * module),
    thresholdProfile(meanProfile(sampled, half, rows, slope), 5 * module),
    thresholdProfile(full, 3 * module),
  ];
  const width = full.length + 2 * PAD;
  const data = new Uint8ClampedArray(width * variants.length).fill(255);
  variants.forEach((row, r) => data.set(row, r * width + PAD));
  return { data, width, height: variants.length };
}
