// The worker's decode of live video with ZXing C++ (zxing-wasm): the whole frame on every
// frame, plus one extra view in turn, as decision 009's loop did for zxing-js, so a frame costs
// at most two reads. ZXing C++ reads QR, Data Matrix and Aztec at any turn and everything at the
// four quarter turns (tryRotate), but on these frames it misses (npm run bench:decode,
// docs/decisions/040):
// - Code 128 and PDF417 turned between quarter turns (its row scanners): "level" turns the frame
//   by its dominant edge direction. That angle is modulo 90°, which is all it needs: ZXing tries
//   the quarter turns itself.
// - a Code 128 under perspective, whose bars lean off square to the code: "along" turns the
//   frame by the code's long axis instead, so every row runs through all the bars.
// - a PDF417 under sensor noise (its local-average binarizer speckles): "smoothed".
// - a light-on-dark Code 128 (its tryInvert does not reach the linear readers): "inverted".
// - a Code 128 under 1.7 px per module: "bars", the rows across the bars averaged every ⅓ px
//   (decision 009's bar profile), up and down the frame or across it; "close-up", the middle
//   around the densest edges ×2, now reads mostly what the others miss of a noisy PDF417.
import { buildBarRows } from "./build-bar-rows";
import { dominantAngle, rotate } from "./deskew";
import { invert, smooth, type LumaFrame } from "./luma-frame";
import { levelCloseUp } from "./level-close-up";
import { symbolAxis } from "./locate";
import type { DecodedSymbol } from "./symbol-format";

export type FrameRead = DecodedSymbol & { strategy: string };
export type ReadFrame = (frame: LumaFrame) => Promise<DecodedSymbol | null>;

/** Below this a turn is noise; above it, even 1.5–3°, a tilted PDF417 or Code 128 may already be missed level. */
const MIN_SKEW_DEG = 1;

/** What the views share of one frame, worked out once and only when a view asks. */
type Looks = { angle: () => number; levelled: () => LumaFrame | null };

function looksAt(frame: LumaFrame): Looks {
  let angle: number | undefined;
  let levelled: LumaFrame | null | undefined;
  const turn = () => {
    if (angle === undefined) {
      const a = dominantAngle(frame);
      angle = a === null || Math.abs(a) < MIN_SKEW_DEG ? 0 : a;
    }
    return angle;
  };
  return { angle: turn, levelled: () => (levelled === undefined ? (levelled = turn() ? rotate(frame, -turn()) : null) : levelled) };
}

/** The frame turned by the code's long axis, or null where that is the bars' turn (the level view) give or take MIN_SKEW_DEG. */
function alongTheCode(frame: LumaFrame, barsAngle: number): LumaFrame | null {
  const axis = symbolAxis(frame);
  if (axis === null) return null;
  const apart = Math.abs(axis - barsAngle) % 90;
  return Math.min(apart, 90 - apart) < MIN_SKEW_DEG ? null : rotate(frame, -axis);
}

type View = { name: string; of: (frame: LumaFrame, looks: Looks) => LumaFrame | null };

export const VIEWS: readonly View[] = [
  { name: "level", of: (_, looks) => looks.levelled() },
  { name: "along", of: (f, looks) => alongTheCode(f, looks.angle()) },
  { name: "smoothed", of: (f, looks) => smooth(looks.levelled() ?? f) },
  { name: "inverted", of: (f, looks) => invert(looks.levelled() ?? f) },
  { name: "close-up", of: (f, looks) => levelCloseUp(f, looks.angle()) },
  { name: "bars", of: (f) => buildBarRows(f) },
  // The bar profile follows bars that run up and down the frame; a code on its side, turned.
  { name: "bars-turned", of: (f) => buildBarRows(f, true) },
];

export type WasmDecoder = {
  /** The whole frame, then the next view in turn. */
  decode: (frame: LumaFrame) => Promise<FrameRead | null>;
  /** The whole frame and every view: benchmarks and tests. */
  decodeAll: (frame: LumaFrame) => Promise<FrameRead | null>;
};

export function createWasmDecoder(read: ReadFrame): WasmDecoder {
  let next = 0;
  const attempt = async (name: string, view: LumaFrame | null) => {
    const found = view && (await read(view));
    return found ? { ...found, strategy: name } : null;
  };
  return {
    async decode(frame) {
      const plain = await attempt("plain", frame);
      if (plain) return plain;
      const looks = looksAt(frame);
      // A view with nothing to add this frame (a level frame has no "level") hands its turn on.
      for (let tries = 0; tries < VIEWS.length; tries++) {
        const view = VIEWS[next]!;
        next = (next + 1) % VIEWS.length;
        const image = view.of(frame, looks);
        if (image) return attempt(view.name, image);
      }
      return null;
    },
    async decodeAll(frame) {
      const looks = looksAt(frame);
      for (const view of [{ name: "plain", of: (f: LumaFrame) => f }, ...VIEWS]) {
        const found = await attempt(view.name, view.of(frame, looks));
        if (found) return found;
      }
      return null;
    },
  };
}
