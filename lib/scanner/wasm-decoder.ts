// The worker's decode of live video with ZXing C++ (zxing-wasm): the whole frame on every
// frame, plus one extra view in turn, as decision 009's loop did for zxing-js, so a frame costs
// at most two reads. ZXing C++ reads QR, Data Matrix and Aztec at any turn and everything at the
// four quarter turns (tryRotate), but on these frames it misses (npm run bench:decode,
// docs/decisions/040):
// - Code 128 and PDF417 turned between quarter turns (its row scanners): "level" turns the frame
//   by its dominant edge direction. That angle is modulo 90°, which is all it needs: ZXing tries
//   the quarter turns itself.
// - a light-on-dark Code 128 (its tryInvert does not reach the linear readers): "inverted".
// - a Code 128 under 1.7 px per module: "close-up", the middle around the densest edges, ×2;
//   and "bars", the rows across the bars averaged every ⅓ px (decision 009's bar profile).
import { buildBarRows } from "./build-bar-rows";
import { dominantAngle, rotate } from "./deskew";
import { invert, type LumaFrame } from "./luma-frame";
import { levelCloseUp } from "./level-close-up";
import type { DecodedSymbol } from "./symbol-format";

export type FrameRead = DecodedSymbol & { strategy: string };
export type ReadFrame = (frame: LumaFrame) => Promise<DecodedSymbol | null>;

/** Below this, a row still crosses every bar of a badge's Code 128; turning costs more than it gains. */
const MIN_SKEW_DEG = 3;

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

type View = { name: string; of: (frame: LumaFrame, looks: Looks) => LumaFrame | null };

export const VIEWS: readonly View[] = [
  { name: "level", of: (_, looks) => looks.levelled() },
  { name: "inverted", of: (f, looks) => invert(looks.levelled() ?? f) },
  { name: "close-up", of: (f, looks) => levelCloseUp(f, looks.angle()) },
  { name: "bars", of: (f) => buildBarRows(f) },
  // The bar profile follows bars that run up and down the frame; a code on its side, turned.
  { name: "bars-turned", of: (f) => buildBarRows(rotate(f, 90)) },
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
