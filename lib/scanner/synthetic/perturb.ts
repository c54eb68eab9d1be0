// What a phone camera does to a badge beyond its pose: defocus and motion (blur), sensor noise,
// dim or washed-out light (low contrast) and a reflection on a laminated badge (glare).
// Seeded, so every benchmark run sees the same images.
import { seededRandom } from "@/lib/seeded-random";
import type { LumaFrame } from "../luma-frame";

export { seededRandom };

/** Gaussian blur of standard deviation `sigma` px, separable. */
export function blur(frame: LumaFrame, sigma: number): LumaFrame {
  if (sigma <= 0) return frame;
  const r = Math.ceil(sigma * 3);
  const kernel = Array.from({ length: 2 * r + 1 }, (_, i) => Math.exp(-((i - r) ** 2) / (2 * sigma * sigma)));
  const total = kernel.reduce((a, b) => a + b, 0);
  const k = kernel.map((v) => v / total);
  const { width, height } = frame;
  const tmp = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let s = 0;
      for (let i = -r; i <= r; i++) s += frame.data[y * width + Math.min(width - 1, Math.max(0, x + i))]! * k[i + r]!;
      tmp[y * width + x] = s;
    }
  }
  const data = new Uint8ClampedArray(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let s = 0;
      for (let i = -r; i <= r; i++) s += tmp[Math.min(height - 1, Math.max(0, y + i)) * width + x]! * k[i + r]!;
      data[y * width + x] = s + 0.5;
    }
  }
  return { data, width, height };
}

/** Additive Gaussian noise of standard deviation `sigma` grey levels. */
export function noise(frame: LumaFrame, sigma: number, random: () => number): LumaFrame {
  const data = new Uint8ClampedArray(frame.data.length);
  for (let i = 0; i < data.length; i++) {
    const g = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    data[i] = frame.data[i]! + g * sigma + 0.5;
  }
  return { ...frame, data };
}

/** Squeezes the grey range to `range` levels (of 255) around `mid`: dim or washed-out light. */
export function contrast(frame: LumaFrame, range: number, mid = 128): LumaFrame {
  const data = new Uint8ClampedArray(frame.data.length);
  for (let i = 0; i < data.length; i++) data[i] = mid + ((frame.data[i]! - 127.5) * range) / 255 + 0.5;
  return { ...frame, data };
}

/**
 * A specular highlight: a bright blob of `strength` grey levels with radius `radius` px at
 * (`x`, `y`), added and clipped, so the ink under its centre washes out to near white.
 */
export function glare(frame: LumaFrame, x: number, y: number, radius: number, strength: number): LumaFrame {
  const data = new Uint8ClampedArray(frame.data.length);
  const { width, height } = frame;
  for (let py = 0; py < height; py++) {
    for (let px = 0; px < width; px++) {
      const d2 = ((px - x) ** 2 + (py - y) ** 2) / (radius * radius);
      data[py * width + px] = frame.data[py * width + px]! + strength * Math.exp(-d2);
    }
  }
  return { ...frame, data };
}
