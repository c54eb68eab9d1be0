import assert from "node:assert/strict";
import { test } from "node:test";
import { BinaryBitmap, BitArray, Code128Reader, HybridBinarizer, RGBLuminanceSource, type Reader } from "@zxing/library";
import { badgeCodes } from "../test/badge-codes";
import { TicketSafeCode128Reader } from "./code128-reader";
import type { LumaFrame } from "./luma-frame";
import { renderScene } from "./synthetic/render-scene";
import { symbolModules } from "./synthetic/symbol-modules";

const FRAME = { width: 960, height: 540 };
const TICKET = "400123456789"; // four leading digits: Code 128 starts it in code set C
const bitmap = (frame: LumaFrame) => new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(frame.data, frame.width, frame.height)));
const shifts = Array.from({ length: 10 }, (_, i) => -40 + 10 * i);

function read(reader: Reader, frame: LumaFrame): string | null {
  try {
    return reader.decode(bitmap(frame)).getText();
  } catch {
    return null;
  }
}

test("[SCANNER] a numeric ticket number on a camera-like row: stock zxing misses it, the ticket-safe reader reads it at every shift", () => {
  let stockReads = 0;
  for (const shift of shifts) {
    const frame = renderScene(symbolModules("code128", TICKET), { ...FRAME, modulePx: 3, rotateDeg: 0.5, shiftX: shift });
    assert.equal(read(new TicketSafeCode128Reader(), frame), TICKET, `shift ${shift}`);
    if (read(new Code128Reader(), frame) === TICKET) stockReads++;
  }
  assert.ok(stockReads < shifts.length / 2, `stock zxing read ${stockReads} of ${shifts.length}: has zxing-js fixed findStartPattern? Then delete code128-reader.ts (decision 017).`);
});

test("[SCANNER] where stock zxing reads a Code 128, the ticket-safe reader gives the same answer", () => {
  const nextCode = badgeCodes(171);
  let compared = 0;
  for (let i = 0; i < 12; i++) {
    const text = i % 3 === 0 ? `${1000 + i}AB${i}` : nextCode().slice(0, 12);
    const frame = renderScene(symbolModules("code128", text), { ...FRAME, modulePx: 2.5, rotateDeg: i % 4, shiftX: 20 * i - 100 });
    const stock = read(new Code128Reader(), frame);
    if (stock === null) continue;
    compared++;
    assert.equal(read(new TicketSafeCode128Reader(), frame), stock, text);
  }
  assert.ok(compared >= 6, `only ${compared} frames to compare`);
});

test("[SCANNER] the ticket-safe reader leaves zxing's row as it found it (zxing reverses and reuses it)", () => {
  const frame = renderScene(symbolModules("code128", TICKET), { ...FRAME, modulePx: 3, shiftX: -30 });
  const row = bitmap(frame).getBlackRow(FRAME.height / 2, new BitArray(FRAME.width));
  const before = row.getBitArray().slice();
  assert.equal(new TicketSafeCode128Reader().decodeRow(0, row, new Map()).getText(), TICKET);
  assert.deepEqual(row.getBitArray(), before);
});
