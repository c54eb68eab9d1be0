// One ZXing C++ read of a greyscale frame. zxing-wasm takes RGBA (as a canvas gives it), so the
// luminance is spread to grey pixels first (~2 ms for 1280×720). The module must have been
// prepared (prepareZXingModule) by the caller: from our own origin in the browser
// (decode-worker.ts), from node_modules in Node (synthetic/wasm-node.ts); never the CDN
// zxing-wasm defaults to.
import { readBarcodes } from "zxing-wasm/reader";
import type { LumaFrame } from "./luma-frame";
import type { DecodedSymbol } from "./symbol-format";
import { READER_OPTIONS, symbolFormatOf } from "./wasm-reader-options";

export function rgbaOf(frame: LumaFrame): ImageData {
  const rgba = new Uint8ClampedArray(frame.width * frame.height * 4);
  for (let i = 0, j = 0; i < frame.data.length; i++, j += 4) {
    const v = frame.data[i]!;
    rgba[j] = v;
    rgba[j + 1] = v;
    rgba[j + 2] = v;
    rgba[j + 3] = 255;
  }
  // A plain object is what zxing-wasm reads of an ImageData (Node has no ImageData class).
  return { data: rgba, width: frame.width, height: frame.height, colorSpace: "srgb" };
}

export async function readWithWasm(frame: LumaFrame): Promise<DecodedSymbol | null> {
  const [result] = await readBarcodes(rgbaOf(frame), READER_OPTIONS);
  const format = result?.isValid ? symbolFormatOf(result.symbology) : null;
  return result && format ? { text: result.text, format } : null;
}
