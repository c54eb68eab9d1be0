// How Fairlead asks ZXing C++ (zxing-wasm) for a badge: the five badge symbologies only (a
// registration system prints one of them; every other format is a chance to misread noise),
// one symbol, and ZXing's own rotation, inversion and downscaling (what decisions 009/017 did by
// hand for zxing-js). Shared by the decode worker and the Node benchmark, so both measure the same.
import type { ReaderOptions } from "zxing-wasm/reader";
import type { SymbolFormat } from "./symbol-format";

export const WASM_FORMAT: Record<SymbolFormat, "QRCode" | "Code128" | "PDF417" | "DataMatrix" | "Aztec"> = {
  qr: "QRCode",
  code128: "Code128",
  pdf417: "PDF417",
  datamatrix: "DataMatrix",
  aztec: "Aztec",
};

export const READER_OPTIONS: ReaderOptions = {
  formats: Object.values(WASM_FORMAT),
  tryHarder: true,
  tryRotate: true,
  tryInvert: true,
  tryDownscale: true,
  maxNumberOfSymbols: 1,
};

/** Our name of a symbology ZXing reports (it may name a variant, e.g. "QRCodeModel2"), or null for one we never print. */
export function symbolFormatOf(symbology: string): SymbolFormat | null {
  for (const [ours, theirs] of Object.entries(WASM_FORMAT) as [SymbolFormat, string][]) if (symbology === theirs) return ours;
  return null;
}
