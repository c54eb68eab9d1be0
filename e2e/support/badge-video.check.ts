/**
 * Sanity check for badge-video.ts: writes clips, parses the y4m back and
 * decodes every frame's luma plane with ZXing in Node (QR with stock ZXing,
 * the other formats with Fairlead's decoder, ZXing C++ with every view at once).
 * Run: npx tsx e2e/support/badge-video.check.ts
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BinaryBitmap,
  DecodeHintType,
  HybridBinarizer,
  QRCodeReader,
  RGBLuminanceSource,
} from '@zxing/library';
import { readWithWasm } from '@/lib/scanner/read-wasm';
import { loadWasmInNode } from '@/lib/scanner/synthetic/wasm-node';
import { createWasmDecoder } from '@/lib/scanner/wasm-decoder';
import { writeBadgeVideo } from './badge-video';

interface Y4m {
  header: string;
  width: number;
  height: number;
  lumas: Uint8ClampedArray[];
}

function parseY4m(buf: Buffer): Y4m {
  const eol = buf.indexOf(0x0a);
  const header = buf.subarray(0, eol).toString('latin1');
  const field = (tag: string): number => {
    const tok = header.split(' ').find((t) => t.startsWith(tag));
    if (!tok) throw new Error(`y4m header lacks ${tag}: ${header}`);
    return Number(tok.slice(1));
  };
  if (!header.startsWith('YUV4MPEG2 ')) throw new Error(`bad y4m magic: ${header}`);
  const width = field('W');
  const height = field('H');
  const ySize = width * height;
  const cSize = (width / 2) * (height / 2);
  const lumas: Uint8ClampedArray[] = [];
  let pos = eol + 1;
  while (pos < buf.length) {
    const lineEnd = buf.indexOf(0x0a, pos);
    if (lineEnd < 0 || !buf.subarray(pos, lineEnd).toString('latin1').startsWith('FRAME')) {
      throw new Error(`expected FRAME at byte ${pos}`);
    }
    const y = lineEnd + 1;
    if (y + ySize + 2 * cSize > buf.length) throw new Error(`truncated frame at byte ${pos}`);
    const chroma = buf.subarray(y + ySize, y + ySize + 2 * cSize);
    if (chroma.some((b) => b !== 128)) throw new Error(`non-neutral chroma at byte ${pos}`);
    lumas.push(new Uint8ClampedArray(buf.subarray(y, y + ySize)));
    pos = y + ySize + 2 * cSize;
  }
  return { header, width, height, lumas };
}

/** Height of the non-background (badge) rows as a fraction of frame height. */
function badgeSpan(luma: Uint8ClampedArray | undefined, width: number, height: number): number {
  let rows = 0;
  for (let r = 0; luma && r < height; r++) {
    if (luma.subarray(r * width, (r + 1) * width).some((v) => v !== 128)) rows++;
  }
  return rows / height;
}

const reader = new QRCodeReader();
const hints = new Map<DecodeHintType, unknown>([[DecodeHintType.TRY_HARDER, true]]);

const fairlead = createWasmDecoder(readWithWasm); // full resolution: 2 px Code 128 bars stay 2 px

async function decode(luma: Uint8ClampedArray, width: number, height: number, format = 'qr'): Promise<string | null> {
  if (format !== 'qr') return (await fairlead.decodeAll({ data: luma, width, height }))?.text ?? null;
  const source = new RGBLuminanceSource(luma, width, height); // Uint8 input = greyscale
  try {
    return reader.decode(new BinaryBitmap(new HybridBinarizer(source)), hints).getText();
  } catch {
    return null;
  } finally {
    reader.reset();
  }
}

interface Case {
  name: string;
  codes: string[];
  opts?: Parameters<typeof writeBadgeVideo>[2];
}

const cases: Case[] = [
  { name: 'short code', codes: ['7QX3M0K9ZB4T8VN2HC6RD1PWAE'] },
  { name: 'url code', codes: ['https://fairlead.example/b/ABCDEFGHJKMNPQRSTVWXYZ0123'] },
  { name: 'two codes', codes: ['7QX3M0K9ZB4T8VN2HC6RD1PWAE', 'HKT4Q8ZP2M6XWB9R0N3V7CJD5A'] },
  { name: 'short, 30 frames', codes: ['7QX3M0K9ZB4T8VN2HC6RD1PWAE'], opts: { frames: 30 } },
  { name: 'url, 320x240', codes: ['https://fairlead.example/b/ABCDEFGHJKMNPQRSTVWXYZ0123'], opts: { width: 320, height: 240 } },
  // As e2e/formats.spec.ts draws them (Code 128 with a registration system's shorter code).
  ...(['code128', 'pdf417', 'datamatrix', 'aztec'] as const).map((format) => ({
    name: `${format}, 1280x720`,
    codes: [format === 'code128' ? 'REG7Q2M9K41' : '7QX3M0K9ZB4T8VN2HC6RD1PWAE'],
    opts: { format, width: 1280, height: 720 },
  })),
];

const dir = mkdtempSync(join(tmpdir(), 'badge-video-'));
let failures = 0;
void (async () => {
await loadWasmInNode();
try {
  for (const c of cases) {
    const file = writeBadgeVideo(join(dir, `${c.name.replace(/\W+/g, '-')}.y4m`), c.codes, c.opts);
    const bytes = statSync(file).size;
    const video = parseY4m(readFileSync(file));
    const perCode = video.lumas.length / c.codes.length;
    let ok = 0;
    const bad: string[] = [];
    for (const [i, luma] of video.lumas.entries()) {
      const want = c.codes[Math.floor(i / perCode)];
      const got = await decode(luma, video.width, video.height, c.opts?.format);
      if (got === want) ok++;
      else bad.push(`#${i}=${got ?? 'no decode'}`);
    }
    const total = video.lumas.length;
    const span = badgeSpan(video.lumas[0], video.width, video.height);
    if (ok !== total || !Number.isInteger(perCode)) failures++;
    const line =
      `${ok === total ? 'PASS' : 'FAIL'} ${c.name}: ${ok}/${total} frames decoded, ` +
      `symbol ${(100 * span).toFixed(0)}% of height, ${(bytes / 1e6).toFixed(2)} MB, header "${video.header}"`;
    console.log(line + (bad.length ? `\n  failed: ${bad.join(', ')}` : ''));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`\nSummary: ${cases.length - failures}/${cases.length} clips fully decoded`);
process.exit(failures ? 1 : 0);
})();
