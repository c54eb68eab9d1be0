// `npx tsx scripts/make-icons.ts`: draws the app icons in public/icons/ (PNG and SVG, for the
// manifest) and Next's icon files in app/ (icon.svg, apple-icon.png, favicon.ico: Next links
// them from every page's head) from one description of the shapes, with a tiny PNG encoder
// (zlib's deflate, no image library).
// The output is committed; run this again only to change the icon.
import fs from "node:fs";
import path from "node:path";
import { deflateSync } from "node:zlib";

const BRAND = [0x0f, 0x3d, 0x3e] as const; // the theme colour (app/layout.tsx)
const ACCENT = [0xf2, 0xb1, 0x34] as const;
const WHITE = [0xff, 0xff, 0xff] as const;
type Rect = { x: number; y: number; w: number; h: number; fill: readonly [number, number, number] };

/** An "F" and a small badge square, in a 0..1 box. */
const SHAPES: Rect[] = [
  { x: 0.3, y: 0.24, w: 0.13, h: 0.52, fill: WHITE },
  { x: 0.3, y: 0.24, w: 0.4, h: 0.12, fill: WHITE },
  { x: 0.3, y: 0.45, w: 0.32, h: 0.11, fill: WHITE },
  { x: 0.58, y: 0.62, w: 0.14, h: 0.14, fill: ACCENT },
];

/** Colour and coverage at a point; maskable icons keep the shapes inside the central safe zone. */
function sample(u: number, v: number, maskable: boolean): [number, number, number, number] {
  const radius = maskable ? 0 : 0.18;
  const cx = Math.min(Math.max(u, radius), 1 - radius);
  const cy = Math.min(Math.max(v, radius), 1 - radius);
  if ((u - cx) ** 2 + (v - cy) ** 2 > radius ** 2) return [0, 0, 0, 0];
  const scale = maskable ? 0.7 : 1;
  const [su, sv] = [(u - 0.5) / scale + 0.5, (v - 0.5) / scale + 0.5];
  const hit = SHAPES.find((r) => su >= r.x && su < r.x + r.w && sv >= r.y && sv < r.y + r.h);
  return [...(hit ? hit.fill : BRAND), 255];
}

function png(size: number, maskable: boolean): Buffer {
  const SS = 4; // 4×4 samples per pixel for smooth edges
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0, 0];
      for (let i = 0; i < SS * SS; i++) {
        const s = sample((x + ((i % SS) + 0.5) / SS) / size, (y + (Math.floor(i / SS) + 0.5) / SS) / size, maskable);
        for (let c = 0; c < 3; c++) sum[c]! += s[c]! * s[3];
        sum[3]! += s[3];
      }
      const at = y * (size * 4 + 1) + 1 + x * 4;
      for (let c = 0; c < 3; c++) raw[at + c] = sum[3] ? Math.round(sum[c]! / sum[3]) : 0;
      raw[at + 3] = Math.round(sum[3]! / (SS * SS));
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter set, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", header), chunk("IDAT", deflateSync(raw, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function svg(): string {
  const hex = (c: readonly number[]) => `#${c.map((n) => n.toString(16).padStart(2, "0")).join("")}`;
  const rects = SHAPES.map((r) => `<rect x="${r.x * 512}" y="${r.y * 512}" width="${r.w * 512}" height="${r.h * 512}" fill="${hex(r.fill)}"/>`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">`,
    `<rect width="512" height="512" rx="${0.18 * 512}" fill="${hex(BRAND)}"/>`,
    ...rects,
    `</svg>`,
    "",
  ].join("\n");
}

/** A .ico holding PNG images (every browser since IE 11 reads them), for clients that ask for /favicon.ico by name. */
function ico(sizes: number[]): Buffer {
  const images = sizes.map((size) => png(size, false));
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach((image, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(sizes[i]! % 256, at); // 0 means 256
    header.writeUInt8(sizes[i]! % 256, at + 1);
    header.writeUInt16LE(1, at + 4); // colour planes
    header.writeUInt16LE(32, at + 6); // bits per pixel
    header.writeUInt32LE(image.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += image.length;
  });
  return Buffer.concat([header, ...images]);
}

const app = path.join(process.cwd(), "app");
fs.writeFileSync(path.join(app, "icon.svg"), svg());
// Opaque and square: iOS rounds the corners itself and would show transparent ones black.
fs.writeFileSync(path.join(app, "apple-icon.png"), png(180, true));
fs.writeFileSync(path.join(app, "favicon.ico"), ico([16, 32, 48]));

const dir = path.join(process.cwd(), "public", "icons");
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, "icon-192.png"), png(192, false));
fs.writeFileSync(path.join(dir, "icon-512.png"), png(512, false));
fs.writeFileSync(path.join(dir, "icon-maskable-512.png"), png(512, true));
fs.writeFileSync(path.join(dir, "icon.svg"), svg());
console.log(`icons written to ${dir} and ${app}`);
