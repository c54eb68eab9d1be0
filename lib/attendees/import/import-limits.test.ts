import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { test } from "node:test";
import { deeplyNested, farAwayCell, millionEmptyRows, sharedStringsBomb, workbook } from "../../test/crafted-workbooks";
import { IMPORT_LIMITS, ImportLimitError } from "./import-limits";
import { parseFile } from "./parse-file";

const refused = (bytes: Buffer, name: string, limit: RegExp) =>
  assert.rejects(parseFile(bytes, name), (e: unknown) => e instanceof ImportLimitError && e.code === "invalid" && limit.test(e.message) && /^The file was refused: /.test(e.message));

/** Parses while a 5 ms timer runs: it ticks only when parsing gives the process back. */
async function parseTimed(bytes: Buffer, name: string) {
  let ticks = 0;
  const timer = setInterval(() => (ticks += 1), 5);
  const started = performance.now();
  try {
    return { file: await parseFile(bytes, name), ticks, ms: performance.now() - started };
  } finally {
    clearInterval(timer);
  }
}

test("[IMPORT] the finding's workbook: a header cell at XFD1 and 2,000 one-cell rows read as 4 columns, and other work runs meanwhile", async () => {
  const bytes = farAwayCell();
  assert.ok(bytes.byteLength < 20_000, "a small file, as in the finding");
  const { file, ticks, ms } = await parseTimed(bytes, "far.xlsx");
  assert.deepEqual(file.headers, ["First name", "Last name", "Email", "Far"]);
  assert.equal(file.records.length, 2_000);
  assert.deepEqual(file.records.at(-1), { line: 2_001, cells: ["Ada1999", "", "", ""] });
  assert.ok(ms < 20_000, `parsed in ${ms.toFixed(0)} ms`);
  assert.ok(ticks > 0, "a timer ran while the file was parsed");
});

test("[IMPORT] a million empty rows after the attendees cost no memory and keep the row numbers", async () => {
  const { file, ticks, ms } = await parseTimed(millionEmptyRows(), "empty-rows.xlsx");
  assert.deepEqual(file.records.slice(), [{ line: 2, cells: ["Ada", "", "ada@example.com"] }]);
  assert.ok(ticks > 5, `parsing (${ms.toFixed(0)} ms) gave other work turns, ${ticks} times`);
});

test("[IMPORT] a zip bomb in the shared strings is refused at its ratio, after a few MB, not 1 GB", async () => {
  const heap = process.memoryUsage().heapUsed;
  await refused(sharedStringsBomb(), "bomb.xlsx", /xl\/sharedStrings\.xml is compressed more than 100 to 1/);
  assert.ok(process.memoryUsage().heapUsed - heap < 100 * 1024 * 1024, "memory did not grow with the bomb");
});

test("[IMPORT] XML nested a million deep, a billion laughs and a run of text without a tag are refused", async () => {
  await refused(deeplyNested(), "deep.xlsx", /nested more than 64 levels/);
  const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>`;
  await assert.rejects(parseFile(workbook(Buffer.from(laughs)), "lol.xlsx"), /XML could not be read/);
  // Random text (it does not compress, so no ratio stops it first) with a "<" now and then.
  const noise = randomBytes(IMPORT_LIMITS.xmlRunChars).toString("base64").replaceAll("A", "<");
  const comment = Buffer.from(`<?xml version="1.0"?><worksheet><!--${noise}--><sheetData/></worksheet>`);
  await refused(workbook(comment), "comment.xlsx", /without a tag/);
});

test("[IMPORT] XLSX limits: a cell too long, too many columns in use; each names the limit", async () => {
  const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
  await refused(workbook(`<row r="1">${cell("A1", "Name")}</row><row r="7">${cell("A7", "x".repeat(32_768))}</row>`), "long.xlsx", /row 7 holds more than 32,767 characters/);
  const wide = Array.from({ length: 251 }, (_, i) => cell(`A${i + 1}`.replace("A", String.fromCharCode(65 + (i % 26)) + String.fromCharCode(65 + Math.floor(i / 26))), "h")).join("");
  await refused(workbook(`<row r="1">${wide}</row>`), "wide.xlsx", /more than 250 columns/);
});

test("[IMPORT] CSV limits: rows, columns in use, cells in one record, cell and record length", async () => {
  const csv = (text: string) => Buffer.from(text);
  await refused(csv(`Name\n${"x\n".repeat(IMPORT_LIMITS.rows + 1)}`), "rows.csv", /more than 200,000 rows/);
  await refused(csv(`${Array.from({ length: 251 }, (_, i) => `h${i}`).join(",")}\nx\n`), "wide.csv", /more than 250 columns/);
  await refused(csv(`Name\nx${",".repeat(20_000)}\n`), "commas.csv", /record near line 2 has more than 2,048 cells/);
  await refused(csv(`Name\n"${"x".repeat(32_768)}"\n`), "cell.csv", /line 2 holds more than 32,767 characters/);
  await refused(csv(`Name\n"${"x\n".repeat(600_000)}"\n`), "record.csv", /starting near line 2 holds more than 1,048,576 characters/);
});

test("[IMPORT] CSV: a header with a value at cell 2,000 and empty cells between reads as the columns in use; an upload is read as a stream", async () => {
  const text = `Email${",".repeat(1_999)}Far\n${"a@example.com\n".repeat(2_000)}`;
  const asRead = async (source: Blob | Buffer) => {
    const parsed = await parseFile(source, "far.csv");
    return { ...parsed, records: parsed.records.slice() };
  };
  assert.deepEqual(await asRead(new Blob([text])), await asRead(Buffer.from(text)));
  const file = await parseFile(new Blob([text]), "far.csv");
  assert.deepEqual(file.headers, ["Email", "Far"]);
  assert.equal(file.records.length, 2_000);
  assert.deepEqual(file.records.at(0), { line: 2, cells: ["a@example.com", ""] });
});
