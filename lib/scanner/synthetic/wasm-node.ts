// ZXing C++ (zxing-wasm) in Node, for the benchmark and tests: the .wasm comes from
// node_modules, never from zxing-wasm's default CDN (unreachable here, and a booth must not
// depend on it). The browser's copy is served from our own origin (lib/scanner/).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { prepareZXingModule } from "zxing-wasm/reader";

let ready: Promise<unknown> | null = null;

export function loadWasmInNode(): Promise<unknown> {
  ready ??= (() => {
    const file = readFileSync(createRequire(import.meta.url).resolve("zxing-wasm/reader/zxing_reader.wasm"));
    const wasmBinary = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength);
    return prepareZXingModule({ overrides: { wasmBinary }, fireImmediately: true });
  })();
  return ready;
}
