// Reads a badge from live video, one frame at a time: the primary strategy on every frame,
// plus the next fallback in turn (round robin), so no frame costs more than two attempts.
import { cropCentre, downscale, type LumaFrame } from "./luma-frame";
import { FALLBACKS, PRIMARY, type Strategy } from "./decode-strategies";
import { readSymbol, type DecodedSymbol, type SymbolFormat } from "./read-symbol";

export type FrameRead = DecodedSymbol & { strategy: string };

export type FrameDecoderOptions = {
  /** Only these formats (default: all five badge formats). */
  formats?: readonly SymbolFormat[];
  /** Frames larger than this on their long side are first shrunk to it: detail beyond it only costs time. */
  maxSide?: number;
  /** Centre crop applied before anything else (1 = the whole frame, which the camera already cropped). */
  crop?: number;
  fallbacks?: readonly Strategy[];
};

export type FrameDecoder = {
  /** Primary + the next fallback. */
  decode: (frame: LumaFrame) => FrameRead | null;
  /** Primary + every fallback at once: for tests, benchmarks and a still image. */
  decodeAll: (frame: LumaFrame) => FrameRead | null;
};

/** One strategy on one (already fitted) frame; "skipped" when it has nothing to add here. */
export function readWith(strategy: Strategy, frame: LumaFrame, formats?: readonly SymbolFormat[]): FrameRead | null | "skipped" {
  const wanted = formats ? strategy.formats.filter((f) => formats.includes(f)) : strategy.formats;
  if (wanted.length === 0) return "skipped";
  const prepared = strategy.framesOf(frame);
  if (!prepared) return "skipped";
  // A strategy may offer a few small views (e.g. a symbol and its negative), made lazily.
  let views = 0;
  for (const view of "data" in prepared ? [prepared] : prepared) {
    views++;
    const read = readSymbol(view, { ...strategy, formats: wanted });
    if (read) return { ...read, strategy: strategy.name };
  }
  return views === 0 ? "skipped" : null;
}

export function createFrameDecoder(options: FrameDecoderOptions = {}): FrameDecoder {
  const { formats, maxSide = 960, crop = 1, fallbacks = FALLBACKS } = options;
  let next = 0;

  const fit = (frame: LumaFrame) => {
    const cropped = cropCentre(frame, crop);
    const long = Math.max(cropped.width, cropped.height);
    return long > maxSide ? downscale(cropped, maxSide / long) : cropped;
  };

  const attempt = (strategy: Strategy, frame: LumaFrame) => readWith(strategy, frame, formats);

  return {
    decode(raw) {
      const frame = fit(raw);
      const first = attempt(PRIMARY, frame);
      if (first && first !== "skipped") return first;
      // A fallback with nothing to add this frame hands its turn to the next one.
      for (let tries = 0; tries < fallbacks.length; tries++) {
        const strategy = fallbacks[next]!;
        next = (next + 1) % fallbacks.length;
        const read = attempt(strategy, frame);
        if (read !== "skipped") return read;
      }
      return null;
    },
    decodeAll(raw) {
      const frame = fit(raw);
      for (const strategy of [PRIMARY, ...fallbacks]) {
        const read = attempt(strategy, frame);
        if (read && read !== "skipped") return read;
      }
      return null;
    },
  };
}
