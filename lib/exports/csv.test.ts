import assert from "node:assert/strict";
import { test } from "node:test";
import { cellText, csvCell, csvRow } from "./csv";

test("[EXPORT] cells that a spreadsheet would run as a formula are neutralised", () => {
  for (const evil of ["=HYPERLINK(\"http://x\",\"Click\")", "+1 555 0100", "-2+3", "@SUM(A1)", "\tTab", "\rCR"]) {
    const cell = csvCell(evil);
    assert.ok(cell.replace(/^"/, "").startsWith("'"), `${JSON.stringify(evil)} became ${cell}`);
  }
  assert.equal(csvCell("Northwind"), "Northwind");
});

test("[EXPORT] RFC 4180 quoting: commas, quotes and line breaks survive", () => {
  assert.equal(csvCell('Say "hi", please'), '"Say ""hi"", please"');
  assert.equal(csvCell("two\nlines"), '"two\nlines"');
  assert.equal(csvRow(["a", null, 3]), "a,,3\r\n");
});

test("[EXPORT] cellText is what a CSV cell holds: numbers as digits, nothing as empty, text neutralised", () => {
  assert.equal(cellText(42), "42");
  assert.equal(cellText(null), "");
  assert.equal(cellText(undefined), "");
  assert.equal(cellText("=1+1"), "'=1+1");
  assert.equal(cellText("Ada"), "Ada");
  assert.equal(csvCell("-1"), "'-1", "text that looks like a negative number is still text");
});
