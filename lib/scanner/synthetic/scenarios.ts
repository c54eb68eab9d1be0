// The benchmark's test images: one badge symbol per sample, posed and perturbed. Every sample
// has a little of everything a hand-held phone adds (a few degrees of turn, an off-centre
// badge, lens softness, sensor noise); each perturbation then adds one difficulty, at a
// "moderate" level (what a booth sees every hour) or a "hard" one (what it sees now and then).
import type { LumaFrame } from "../luma-frame";
import type { SymbolFormat } from "../symbol-format";
import { blur, contrast, glare, noise, seededRandom } from "./perturb";
import { renderScene, type Pose } from "./render-scene";
import { symbolModules } from "./symbol-modules";

export const PERTURBATIONS = ["none", "rotation", "blur", "noise", "contrast", "small", "perspective", "glare", "inverted"] as const;
export type Perturbation = (typeof PERTURBATIONS)[number];
export type Level = "moderate" | "hard";

export const FRAME = { width: 960, height: 540 };

/** Comfortable px per module for each format at arm's length (the symbols differ in modules). */
const BASE_MODULE_PX: Record<SymbolFormat, number> = { qr: 6, code128: 2.3, pdf417: 3.5, datamatrix: 7, aztec: 6 };

type Range = [number, number];
const LEVELS: Record<Exclude<Perturbation, "none">, Record<Level, Range>> = {
  rotation: { moderate: [5, 20], hard: [20, 45] }, // degrees, either way
  blur: { moderate: [0.2, 0.4], hard: [0.45, 0.7] }, // sigma, in modules
  noise: { moderate: [8, 16], hard: [20, 35] }, // sigma, grey levels
  contrast: { moderate: [60, 100], hard: [25, 45] }, // grey levels between ink and paper
  small: { moderate: [0.6, 0.75], hard: [0.4, 0.5] }, // × the comfortable size
  perspective: { moderate: [15, 30], hard: [35, 50] }, // tilt, degrees
  glare: { moderate: [110, 170], hard: [190, 255] }, // highlight strength, grey levels
  inverted: { moderate: [200, 215], hard: [40, 60] }, // light on dark, grey levels between them
};

export type Sample = { frame: LumaFrame; text: string; format: SymbolFormat };

/** The rotation sweep's overrides: the symbol turned by `rotateDeg` (± the hand's wobble), in a frame of `frame`. */
export type SampleOptions = { rotateDeg?: number; frame?: { width: number; height: number }; rectangular?: boolean };

export function makeSample(format: SymbolFormat, text: string, perturbation: Perturbation, level: Level, seed: number, options: SampleOptions = {}): Sample {
  const random = seededRandom(seed);
  const between = ([a, b]: Range) => a + (b - a) * random();
  const sign = () => (random() < 0.5 ? -1 : 1);
  const symbol = symbolModules(format, text, { rectangular: options.rectangular });
  const size = options.frame ?? FRAME;
  const amount = perturbation === "none" ? 0 : between(LEVELS[perturbation][level]);

  let modulePx = BASE_MODULE_PX[format] * (0.9 + 0.2 * random());
  if (perturbation === "small") modulePx *= amount;
  const span = (symbol.width + 2 * symbol.quiet) * modulePx;
  const pose: Pose = {
    ...size,
    modulePx,
    rotateDeg: perturbation === "rotation" ? sign() * amount : (random() - 0.5) * 6,
    shiftX: (random() - 0.5) * Math.max(0, size.width - span) * 0.5,
    shiftY: (random() - 0.5) * size.height * 0.1,
  };
  if (options.rotateDeg !== undefined) pose.rotateDeg = options.rotateDeg + (random() - 0.5) * 6;
  if (perturbation === "perspective") {
    const axis = random() * 2 * Math.PI; // tilt about an arbitrary axis in the card's plane
    pose.tiltXDeg = amount * Math.cos(axis);
    pose.tiltYDeg = amount * Math.sin(axis);
  }

  let frame = renderScene(symbol, pose);
  frame = blur(frame, perturbation === "blur" ? amount * modulePx : 0.5);
  if (perturbation === "contrast") frame = contrast(frame, amount, 70 + 110 * random());
  if (perturbation === "inverted") frame = contrast(frame, -amount, 128); // a negative range turns it over
  if (perturbation === "glare") {
    const r = 0.25 * span + 0.15 * span * random();
    const cx = size.width / 2 + (pose.shiftX ?? 0) + (random() - 0.5) * span * 0.5;
    const cy = size.height / 2 + (pose.shiftY ?? 0) + (random() - 0.5) * span * 0.3;
    frame = glare(frame, cx, cy, r, amount);
  }
  frame = noise(frame, perturbation === "noise" ? amount : 3, random);
  return { frame, text, format };
}
