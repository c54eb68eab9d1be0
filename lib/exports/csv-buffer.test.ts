import assert from "node:assert/strict";
import { test } from "node:test";
import { UTF8_BOM, csvCell, type CellValue } from "./csv";
import { CHUNK_BYTES, CsvBuffer } from "./csv-buffer";
import { isoTime } from "./iso-time";

const written = (write: (out: CsvBuffer) => void) => {
  const out = new CsvBuffer();
  write(out);
  return out.take().toString("utf8");
};

const AWKWARD: CellValue[] = [
  "plain", "", null, undefined, "=SUM(A1)", "+49 30 1", "-minus", "@at", "\ttab", "\rcr", "a,b", 'say "hi"', "two\r\nlines", "line\nfeed",
  "Müller", "日本語", "emoji 🎉,", "'quoted'", " =lead space", 0, 7, 42, 1234567890, Number.MAX_SAFE_INTEGER, -3, 2.5, 1e21,
];

test("[EXPORT] a cell written into a buffer is byte for byte what csvCell writes, for awkward text and numbers", () => {
  for (const value of AWKWARD) assert.equal(written((out) => out.cell(value)), csvCell(value), JSON.stringify(value));
  for (let n = 0; n < 100_000; n += 997) assert.equal(written((out) => out.digits(n)), String(n));
});

test("[EXPORT] a time written into a buffer is what isoTime writes, on both sides of every edge", () => {
  const times = [0, 1, 999, 1000, 59_999, 3_599_999, 86_399_999, 86_400_000, Date.parse("2026-03-14T09:05:07.042Z"), 951_782_400_000];
  times.push(253_402_300_799_999, 253_402_300_800_000, -1, -86_400_001, 1.5); // the last years of four digits, then the fallbacks
  for (let i = 0; i < 2000; i++) times.push(Math.floor(Date.parse("2020-01-01") + i * 7_919_311.7));
  for (const ms of times) assert.equal(written((out) => out.iso(ms)), csvCell(isoTime(ms)), String(ms));
  assert.equal(written((out) => out.iso(null)), "");
});

test("[EXPORT] a buffer hands on ~64 KB chunks that join into exactly the rows written, long rows included", () => {
  const out = new CsvBuffer();
  const chunks: Buffer[] = [];
  let expected = UTF8_BOM;
  out.bom();
  for (let i = 0; i < 3000; i++) {
    const text = i % 500 === 0 ? "ü".repeat(40_000) : `row ${i}, "quoted"`; // some rows longer than a chunk
    out.cell(text);
    out.comma();
    out.cell(i);
    out.endRow();
    expected += `${csvCell(text)},${i}\r\n`;
    const chunk = out.full();
    if (chunk) chunks.push(chunk);
  }
  chunks.push(out.take());
  assert.equal(Buffer.concat(chunks).toString("utf8"), expected);
  assert.ok(chunks.length > 3);
  assert.ok(chunks.slice(0, -1).every((c) => c.length >= CHUNK_BYTES), "every chunk but the last is full");
});
