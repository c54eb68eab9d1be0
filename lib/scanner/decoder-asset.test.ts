import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { ZXING_WASM_VERSION } from "zxing-wasm/reader";
import { decoderWasmPath } from "./decoder-asset";

const root = process.cwd(); // the unit tests run from the repository's root

test("[SCANNER] the service worker keeps the decoder the page fetches, for this zxing-wasm version", () => {
  const sw = readFileSync(path.join(root, "public/sw.js"), "utf8");
  assert.ok(sw.includes(`"${decoderWasmPath(ZXING_WASM_VERSION)}"`), `public/sw.js must list ${decoderWasmPath(ZXING_WASM_VERSION)}`);
});

test("[SCANNER] the install copied that decoder into public/ (npm's postinstall: scripts/copy-decoder.mjs)", () => {
  assert.ok(existsSync(path.join(root, "public", decoderWasmPath(ZXING_WASM_VERSION))));
});
