// Photographs a symbol, synthetically: the badge card (symbol + quiet zone, white) lies on a
// grey table, turned in the image plane, tilted away from the camera (a true perspective
// projection) and sampled 3 × 3 per pixel, as a camera sensor integrates light over each
// pixel. Used by the decoder's tests and benchmark only.
import { PerspectiveTransform } from "@zxing/library";
import type { LumaFrame } from "../luma-frame";
import type { SymbolModules } from "./symbol-modules";

/** Four corners, clockwise from top-left, as x0, y0, …, x3, y3. */
type Quad = [number, number, number, number, number, number, number, number];

export type Pose = {
  /** Frame size in px. */
  width: number;
  height: number;
  /** Size of one module in px, before perspective. */
  modulePx: number;
  /** Turn in the image plane, degrees. */
  rotateDeg?: number;
  /** Tilt about the vertical and horizontal axes, degrees (0 = facing the camera). */
  tiltXDeg?: number;
  tiltYDeg?: number;
  /** Offset of the card's centre from the frame's centre, px. */
  shiftX?: number;
  shiftY?: number;
  /** Samples per pixel along each axis; 1 gives hard, aliased edges. */
  supersample?: number;
};

const INK = 20;
const PAPER = 235;
const TABLE = 110;
const CARD_MARGIN = 4; // modules

export function renderScene(symbol: SymbolModules, pose: Pose): LumaFrame {
  const { width, height, modulePx, supersample: ss = 3 } = pose;
  // A badge has a little paper beyond the quiet zone its symbology asks for.
  const cardW = symbol.width + 2 * (symbol.quiet + CARD_MARGIN);
  const cardH = symbol.height + 2 * (symbol.quiet + CARD_MARGIN);
  const corners = projectCard(cardW * modulePx, cardH * modulePx, pose);
  // Maps frame px → card modules.
  const toCard = PerspectiveTransform.quadrilateralToQuadrilateral(...corners, 0, 0, cardW, 0, cardW, cardH, 0, cardH);
  const off = (cardW - symbol.width) / 2;
  const offY = (cardH - symbol.height) / 2;
  const data = new Uint8ClampedArray(width * height);
  const xs = new Float32Array(width * ss);
  const ys = new Float32Array(width * ss);
  for (let py = 0; py < height; py++) {
    const sums = new Float32Array(width);
    for (let sy = 0; sy < ss; sy++) {
      for (let i = 0; i < xs.length; i++) {
        xs[i] = Math.floor(i / ss) + (i % ss + 0.5) / ss;
        ys[i] = py + (sy + 0.5) / ss;
      }
      toCard.transformPointsWithValues(xs, ys);
      for (let i = 0; i < xs.length; i++) {
        const u = xs[i]!;
        const v = ys[i]!;
        let lum = TABLE;
        if (u >= 0 && v >= 0 && u < cardW && v < cardH) {
          const mx = Math.floor(u - off);
          const my = Math.floor(v - offY);
          const inSymbol = mx >= 0 && my >= 0 && mx < symbol.width && my < symbol.height;
          lum = inSymbol && symbol.dark[my * symbol.width + mx] ? INK : PAPER;
        }
        sums[Math.floor(i / ss)]! += lum;
      }
    }
    for (let px = 0; px < width; px++) data[py * width + px] = sums[px]! / (ss * ss) + 0.5;
  }
  return { data, width, height };
}

/** The card's corners in the frame, after tilt (pinhole camera, focal length = frame width) and turn. */
function projectCard(w: number, h: number, pose: Pose): Quad {
  const ax = ((pose.tiltXDeg ?? 0) * Math.PI) / 180;
  const ay = ((pose.tiltYDeg ?? 0) * Math.PI) / 180;
  const rot = ((pose.rotateDeg ?? 0) * Math.PI) / 180;
  const f = pose.width;
  const cx = pose.width / 2 + (pose.shiftX ?? 0);
  const cy = pose.height / 2 + (pose.shiftY ?? 0);
  const out: number[] = [];
  for (const [x0, y0] of [[-w / 2, -h / 2], [w / 2, -h / 2], [w / 2, h / 2], [-w / 2, h / 2]] as const) {
    // Tilt about the vertical axis, then the horizontal one; the card sits at distance f.
    const x1 = x0 * Math.cos(ax);
    const z1 = x0 * Math.sin(ax);
    const y2 = y0 * Math.cos(ay) - z1 * Math.sin(ay);
    const z2 = y0 * Math.sin(ay) + z1 * Math.cos(ay);
    const px = (x1 * f) / (f + z2);
    const py = (y2 * f) / (f + z2);
    out.push(cx + px * Math.cos(rot) - py * Math.sin(rot), cy + px * Math.sin(rot) + py * Math.cos(rot));
  }
  return out as Quad;
}
