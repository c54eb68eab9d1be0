import assert from "node:assert/strict";
import { test } from "node:test";
import { AppError } from "../../errors";
import { EVENTBRITE, PRETIX, fixtureBytes } from "./import-test-helpers";
import { detectDelimiter, parseCsv } from "./parse-csv";
import { parseFile } from "./parse-file";

const lines = async (text: string | Buffer) => (await parseFile(Buffer.from(text), "f.csv")).records.slice().map((r) => [r.line, ...r.cells]);

test("[IMPORT] both fixtures: delimiter detected, BOM dropped, 41 records, the multi-line cell counted as two lines", async () => {
  const pretix = await parseFile(fixtureBytes(PRETIX), PRETIX);
  const eventbrite = await parseFile(fixtureBytes(EVENTBRITE), EVENTBRITE);
  assert.deepEqual([pretix.delimiter, pretix.headers[0], pretix.records.length], [";", "Order code", 41]);
  assert.deepEqual([eventbrite.delimiter, eventbrite.headers[0], eventbrite.records.length], [",", "Order #", 41]);
  for (const file of [pretix, eventbrite]) {
    assert.deepEqual(file.records.slice(14, 18).map((r) => r.line), [16, 17, 19, 20]);
    assert.ok(file.records.at(15)!.cells.includes("Line\nBreak Co"));
    assert.equal(file.records.at(-1)!.line, 43);
  }
});

test("[IMPORT] tabs as delimiter, CRLF inside quotes, blank lines and rows of empty cells keep the line count", async () => {
  assert.deepEqual(await lines('a\tb\r\n1\t"x\r\ny"\r\n\r\n\t\r\n2\t"tab\tinside"\r\n'), [
    [2, "1", "x\r\ny"],
    [6, "2", "tab\tinside"],
  ]);
  assert.deepEqual(await lines("\uFEFFa;b\n1;2"), [[2, "1", "2"]]);
  assert.equal(detectDelimiter('"x;y",b,c\n'), ",", "delimiters inside quotes do not count");
  assert.equal(detectDelimiter("just one column\n"), ",");
});

test("[IMPORT] files that cannot be read are refused as a whole, with a reason", async () => {
  const refused = async (bytes: Buffer, name: string, message: RegExp) =>
    assert.rejects(parseFile(bytes, name), (e: unknown) => e instanceof AppError && e.code === "invalid" && message.test(e.message));
  await refused(Buffer.from([0x4e, 0x61, 0x6d, 0x65, 0x0a, 0x4a, 0xfc, 0x72, 0x67, 0x65, 0x6e]), "latin1.csv", /not UTF-8/);
  await refused(Buffer.from(""), "empty.csv", /empty/);
  await refused(Buffer.from("First name,Email\n"), "header.csv", /no attendees/);
  await refused(Buffer.from('First name,Email\n"Ada,ada@example.com\n'), "quote.csv", /could not be read as CSV/);
  await refused(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]), "broken.xlsx", /XLSX/);
  await refused(Buffer.from("x"), "old.xls", /\.xls/);
});

test("[IMPORT] an upload read as a stream: a character split between chunks, the BOM in the first, Latin-1 anywhere refused", async () => {
  const bytes = Buffer.from("\uFEFFFirst name;Email\nJürgen;j@example.com\n");
  const split = bytes.indexOf(Buffer.from("ü")) + 1;
  const file = await parseCsv([bytes.subarray(0, 2), bytes.subarray(2, split), bytes.subarray(split)]);
  assert.deepEqual([file.delimiter, file.headers, file.records.slice()], [";", ["First name", "Email"], [{ line: 2, cells: ["Jürgen", "j@example.com"] }]]);
  const latin1 = Buffer.concat([Buffer.from("Name\n".repeat(30_000)), Buffer.from([0x4a, 0xfc, 0x0a])]);
  await assert.rejects(parseFile(new Blob([latin1]), "late.csv"), /not UTF-8/);
});
