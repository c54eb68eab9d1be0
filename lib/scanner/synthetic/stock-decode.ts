// zxing as a web page gets it out of the box: BrowserMultiFormatReader's MultiFormatReader with
// the badge formats as a hint, a HybridBinarizer over the whole frame, one attempt per frame.
// The benchmark's and the tests' baseline.
import { BarcodeFormat, BinaryBitmap, DecodeHintType, HybridBinarizer, MultiFormatReader, RGBLuminanceSource } from "@zxing/library";
import type { LumaFrame } from "../luma-frame";

const reader = new MultiFormatReader();
const hints = new Map<DecodeHintType, unknown>([
  [DecodeHintType.POSSIBLE_FORMATS, [BarcodeFormat.QR_CODE, BarcodeFormat.CODE_128, BarcodeFormat.PDF_417, BarcodeFormat.DATA_MATRIX, BarcodeFormat.AZTEC]],
]);
reader.setHints(hints);

/** What zxing-js 0.23's MultiFormatReader logs for every reader that finds nothing (zxing-js/library#648). */
export const MISS_WARNING = "MultiFormatReader: non-ReaderException from reader:";

export function stockDecode(frame: LumaFrame): string | null {
  return withoutMissWarnings(() => {
    try {
      const source = new RGBLuminanceSource(frame.data, frame.width, frame.height);
      return reader.decodeWithState(new BinaryBitmap(new HybridBinarizer(source))).getText();
    } catch {
      return null;
    }
  });
}

/** Runs a synchronous zxing call with just that message muted; console.warn is restored before it returns. */
function withoutMissWarnings<T>(call: () => T): T {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (args[0] !== MISS_WARNING) warn(...args);
  };
  try {
    return call();
  } finally {
    console.warn = warn;
  }
}
