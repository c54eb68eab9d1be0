// A small Code 128 (under ~1.7 px per module) is lost on ZXing C++'s whole-pixel row scans: the
// middle of the frame around the densest edges, enlarged ×2 and turned level in one bilinear
// resampling (turning and enlarging in two steps blurs 1.5-px bars twice: measured 0 of 6 at 60°).
import { sampleLuma, type LumaFrame } from "./luma-frame";
import { symbolCentre } from "./locate";

/** The square around the symbol, `fraction` of the long side, ×`factor`, turned by -`angleDeg`. */
export function levelCloseUp(frame: LumaFrame, angleDeg: number, fraction = 0.6, factor = 2): LumaFrame | null {
  const at = symbolCentre(frame);
  if (!at) return null;
  // Of the long side: a small Code 128 is still most of a landscape frame's height long.
  const out = Math.round(fraction * Math.max(frame.width, frame.height) * factor);
  const rad = (angleDeg * Math.PI) / 180;
  const [cos, sin] = [Math.cos(rad) / factor, Math.sin(rad) / factor];
  const data = new Uint8ClampedArray(out * out);
  const half = (out - 1) / 2;
  for (let y = 0; y < out; y++) {
    const dy = y - half;
    for (let x = 0; x < out; x++) {
      const dx = x - half;
      data[y * out + x] = sampleLuma(frame, at.x + dx * cos - dy * sin, at.y + dx * sin + dy * cos) + 0.5;
    }
  }
  return { data, width: out, height: out };
}
