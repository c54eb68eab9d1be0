// Module grids of badge symbols, for the decoder's tests and benchmark (never shipped to the
// browser). QR codes come from `qrcode`, the library the printed badges use; the other formats
// from bwip-js, a port of the reference barcode writer (BWIPP).
import bwip from "bwip-js/node";
import QRCode from "qrcode";
import type { SymbolFormat } from "../symbol-format";

/** Dark modules of a symbol (1 = dark), plus the quiet zone its specification asks for, in modules. */
export type SymbolModules = { width: number; height: number; dark: Uint8Array; quiet: number };

const QUIET: Record<SymbolFormat, number> = { qr: 4, code128: 10, pdf417: 2, datamatrix: 1, aztec: 1 };
const BWIP_ID: Record<Exclude<SymbolFormat, "qr" | "code128">, string> = {
  pdf417: "pdf417",
  datamatrix: "datamatrix",
  aztec: "azteccode",
};

/** `rectangular`: a Data Matrix in one of its rectangular sizes (a badge's narrow strip). */
export function symbolModules(format: SymbolFormat, text: string, options: { rectangular?: boolean } = {}): SymbolModules {
  if (format === "qr") return qrModules(text);
  if (format === "code128") return code128Modules(text);
  const id = format === "datamatrix" && options.rectangular ? "datamatrixrectangular" : BWIP_ID[format];
  const [raw] = bwip.raw(id, text, {}) as Array<{ pixs: number[]; pixx: number; pixy: number }>;
  if (!raw) throw new Error(`bwip-js made no ${format} symbol`);
  return { width: raw.pixx, height: raw.pixy, dark: fullHeight(raw), quiet: QUIET[format] };
}

/**
 * bwip-js gives a PDF417's rows once each but its height with every row repeated (BWIPP's
 * `rowmult`, 3 by default: rows three modules tall, as the standard and printed badges have
 * them), so the pixels are stretched to the height here. Other formats come square already.
 */
function fullHeight(raw: { pixs: number[]; pixx: number; pixy: number }): Uint8Array {
  const rows = raw.pixs.length / raw.pixx;
  const repeat = raw.pixy / rows;
  if (!Number.isInteger(rows) || !Number.isInteger(repeat)) throw new Error(`bwip-js gave ${raw.pixs.length} pixels for ${raw.pixx}×${raw.pixy}`);
  const dark = new Uint8Array(raw.pixx * raw.pixy);
  for (let y = 0; y < raw.pixy; y++) dark.set(raw.pixs.slice(Math.floor(y / repeat) * raw.pixx, (Math.floor(y / repeat) + 1) * raw.pixx), y * raw.pixx);
  return dark;
}

function qrModules(text: string): SymbolModules {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const size = modules.size;
  const dark = new Uint8Array(size * size);
  for (let r = 0; r < size; r++) for (let c = 0; c < size; c++) dark[r * size + c] = modules.get(r, c) ? 1 : 0;
  return { width: size, height: size, dark, quiet: QUIET.qr };
}

/** bwip-js gives Code 128 as alternating bar and space widths, starting with a bar. */
function code128Modules(text: string): SymbolModules {
  const [raw] = bwip.raw("code128", text, {}) as Array<{ sbs: number[] }>;
  if (!raw) throw new Error("bwip-js made no Code 128 symbol");
  const row: number[] = [];
  raw.sbs.forEach((w, i) => {
    for (let k = 0; k < w; k++) row.push(i % 2 === 0 ? 1 : 0);
  });
  const width = row.length;
  const height = Math.max(30, Math.round(width * 0.15)); // ISO 15417: at least 15 % of the length
  const dark = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) dark.set(row, y * width);
  return { width, height, dark, quiet: QUIET.code128 };
}
