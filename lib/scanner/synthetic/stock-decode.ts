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

export function stockDecode(frame: LumaFrame): string | null {
  try {
    const source = new RGBLuminanceSource(frame.data, frame.width, frame.height);
    return reader.decodeWithState(new BinaryBitmap(new HybridBinarizer(source))).getText();
  } catch {
    return null;
  }
}
