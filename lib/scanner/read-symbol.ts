// One decode attempt on one prepared frame, through zxing's per-format readers. We call the
// readers ourselves rather than MultiFormatReader: it tries formats we never print (MaxiCode,
// Micro QR, EAN…), and it logs a console warning whenever a reader finds nothing (zxing-js 0.23:
// decision 017), which a live scanner would do ten times a second. Code 128 goes through our
// adapter for zxing's start-pattern bug (code128-reader.ts).
import {
  AztecCodeReader,
  BarcodeFormat,
  BinaryBitmap,
  DataMatrixReader,
  DecodeHintType,
  GlobalHistogramBinarizer,
  HybridBinarizer,
  PDF417Reader,
  QRCodeReader,
  RGBLuminanceSource,
  type Reader,
} from "@zxing/library";
import { TicketSafeCode128Reader } from "./code128-reader";
import type { LumaFrame } from "./luma-frame";

import { SYMBOL_FORMATS, type DecodedSymbol, type SymbolFormat } from "./symbol-format";

export { SYMBOL_FORMATS, type DecodedSymbol, type SymbolFormat };

export type ReadOptions = {
  binarizer: "hybrid" | "global";
  tryHarder: boolean;
  formats: readonly SymbolFormat[];
};

const ZXING_FORMAT: Record<SymbolFormat, BarcodeFormat> = {
  qr: BarcodeFormat.QR_CODE,
  code128: BarcodeFormat.CODE_128,
  pdf417: BarcodeFormat.PDF_417,
  datamatrix: BarcodeFormat.DATA_MATRIX,
  aztec: BarcodeFormat.AZTEC,
};

// Readers keep no state between decodes that matters here; one of each is enough.
const READERS: Record<SymbolFormat, Reader> = {
  qr: new QRCodeReader(),
  code128: new TicketSafeCode128Reader(),
  pdf417: new PDF417Reader(),
  datamatrix: new DataMatrixReader(),
  aztec: new AztecCodeReader(),
};

const PLAIN = hintsFor(false);
const HARDER = hintsFor(true);

function hintsFor(tryHarder: boolean): Map<DecodeHintType, unknown> {
  const hints = new Map<DecodeHintType, unknown>();
  if (tryHarder) hints.set(DecodeHintType.TRY_HARDER, true);
  return hints;
}

/** The first symbol any of `formats` finds in the frame, or null. Never throws. */
export function readSymbol(frame: LumaFrame, options: ReadOptions): DecodedSymbol | null {
  const source = new RGBLuminanceSource(frame.data, frame.width, frame.height);
  const bitmap = new BinaryBitmap(options.binarizer === "hybrid" ? new HybridBinarizer(source) : new GlobalHistogramBinarizer(source));
  const hints = options.tryHarder ? HARDER : PLAIN;
  for (const format of options.formats) {
    try {
      const result = READERS[format].decode(bitmap, hints);
      // A reader may accept a look-alike of another format; only trust the one asked for.
      if (result.getBarcodeFormat() === ZXING_FORMAT[format]) return { text: result.getText(), format };
    } catch {
      // NotFound, Checksum, Format, and the odd index error on noise: all mean "not here".
    }
  }
  return null;
}
