import assert from "node:assert/strict";
import { test } from "node:test";
import { BinaryBitmap, HybridBinarizer, MultiFormatReader, RGBLuminanceSource } from "@zxing/library";
import { MISS_WARNING, stockDecode } from "./stock-decode";

const grey = { width: 320, height: 240, data: new Uint8ClampedArray(320 * 240).fill(128) };

/** Every console.warn made while `call` runs. */
function warningsDuring(call: () => unknown): unknown[][] {
  const warn = console.warn;
  const seen: unknown[][] = [];
  console.warn = (...args: unknown[]) => void seen.push(args);
  try {
    call();
  } finally {
    console.warn = warn;
  }
  return seen;
}

test("[SCANNER] stock zxing's MultiFormatReader warns on a frame without a code (zxing-js/library#648)", () => {
  const reader = new MultiFormatReader();
  reader.setHints(new Map()); // every format (decode() without hints throws a TypeError in 0.23)
  const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(grey.data, grey.width, grey.height)));
  const seen = warningsDuring(() => assert.throws(() => reader.decodeWithState(bitmap), { name: "NotFoundException" }));
  // When this fails, zxing-js has fixed it: stock-decode.ts no longer needs its filter (decision 017).
  assert.ok(seen.some((args) => args[0] === MISS_WARNING), "zxing no longer warns on a miss");
});

test("[SCANNER] the stock baseline mutes that warning for its own call only and leaves console.warn as it was", () => {
  const warn = console.warn;
  const seen = warningsDuring(() => assert.equal(stockDecode(grey), null));
  assert.deepEqual(seen, []);
  assert.equal(console.warn, warn);
});
