// Where the browser fetches ZXing C++'s .wasm: our own origin, a versioned name that
// scripts/copy-decoder.mjs writes at install and public/sw.js keeps for offline (its list names
// the same file; decoder-asset.test.ts checks both against the installed zxing-wasm).
export const DECODER_DIR = "/decoder/";

export const decoderWasmPath = (zxingWasmVersion: string) => `${DECODER_DIR}zxing_reader-${zxingWasmVersion}.wasm`;
