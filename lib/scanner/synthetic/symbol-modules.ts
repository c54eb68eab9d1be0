// Module grids of badge symbols, for the decoder's tests and benchmark (never shipped to the
// browser). QR codes come from `qrcode`, the library the printed badges use; the other formats
// from bwip-js, a port of the reference barcode writer (BWIPP).
import bwip from "bwip-js/node";
import QRCode from "qrcode";
import type { SymbolFormat } from "../read-symbol";

/** Dark modules of a symbol (1 = dark), plus the quiet zone its specification asks for, in modules. */
export type SymbolModules = { width: number; height: number; dark: Uint8Array; quiet: number };

const QUIET: Record<SymbolFormat, number> = { qr: 4, code128: 10, pdf417: 2, datamatrix: 1, aztec: 1 };
const BWIP_ID: Record<Exclude<SymbolFormat, "qr" | "code128">, string> = {
  pdf417: "pdf417",
  datamatrix: "datamatrix",
  aztec: "azteccode",
};

export function symbolModules(format: SymbolFormat, text: string): SymbolModules {
  if (format === "qr") return qrModules(text);
  if (format === "code128") return code128Modules(text);
  const [raw] = bwip.raw(BWIP_ID[format], text, {}) as Array<{ pixs: number[]; pixx: number; pixy: number }>;
  if (!raw) throw new Error(`bwip-js made no ${format} symbol`);
  return { width: raw.pixx, height: raw.pixy, dark: Uint8Array.from(raw.pixs), quiet: QUIET[format] };
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
