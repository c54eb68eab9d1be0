// The decode worker (docs/decisions/040): camera frames arrive as ImageBitmaps (transferred, not
// copied) and are read here with ZXing C++ (zxing-wasm), so a slow decode never blocks the page.
// The .wasm comes from our own origin (public/decoder/, kept offline by public/sw.js), never
// from the CDN zxing-wasm defaults to. Messages: ./decode-messages.ts.
/// <reference lib="webworker" />
import { prepareZXingModule, ZXING_WASM_VERSION } from "zxing-wasm/reader";
import { lumaFromRgba } from "@/lib/scanner/luma-frame";
import { createWasmDecoder } from "@/lib/scanner/wasm-decoder";
import { decoderWasmPath } from "@/lib/scanner/decoder-asset";
import { readWithWasm } from "@/lib/scanner/read-wasm";
import type { FromWorker, ToWorker } from "./decode-messages";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromWorker) => scope.postMessage(message);

const ready = prepareZXingModule({
  overrides: { locateFile: (file: string, prefix: string) => (file.endsWith(".wasm") ? decoderWasmPath(ZXING_WASM_VERSION) : prefix + file) },
  fireImmediately: true,
});
ready.then(
  () => post({ type: "ready", assets: [scope.location.href, ...performance.getEntriesByType("resource").map((e) => e.name)] }),
  (error: unknown) => post({ type: "failed", message: error instanceof Error ? error.message : String(error) }),
);

const decoder = createWasmDecoder(readWithWasm);
let canvas: OffscreenCanvas | null = null;
let ctx: OffscreenCanvasRenderingContext2D | null = null;

scope.onmessage = async (event: MessageEvent<ToWorker>) => {
  const { id, bitmap } = event.data;
  const start = performance.now();
  try {
    await ready;
    const { width, height } = bitmap;
    if (!canvas || canvas.width !== width || canvas.height !== height) {
      canvas = new OffscreenCanvas(width, height);
      ctx = canvas.getContext("2d", { willReadFrequently: true });
    }
    if (!ctx) throw new Error("no 2D context in the worker");
    ctx.drawImage(bitmap, 0, 0);
    const frame = lumaFromRgba(ctx.getImageData(0, 0, width, height).data, width, height);
    const read = await decoder.decode(frame);
    post({ type: "result", id, read, ms: performance.now() - start });
  } catch {
    // One odd frame must not end the loop: the page sends the next one.
    post({ type: "result", id, read: null, ms: performance.now() - start });
  } finally {
    bitmap.close();
  }
};
