import assert from "node:assert/strict";
import { test } from "node:test";
import { PackedRecords, packCells, unpackCells } from "./packed-records";

test("[IMPORT] packed records read back as the cells they were, padded to the width, like an array's at and slice", () => {
  const rows = [["Ada", "", "ada@example.com"], ["Grace"], ["Zoë", "O'Brien", "z@example.com", "note, with; delimiters \"and\" quotes\nand a line"]];
  const records = new PackedRecords([2, 3, 5], rows.map(packCells), 4);
  assert.equal(typeof packCells(rows[0]!), "string", "a row is kept as one string");
  assert.equal(records.length, 3);
  assert.deepEqual(records.at(0), { line: 2, cells: ["Ada", "", "ada@example.com", ""] });
  assert.deepEqual(records.at(-2), { line: 3, cells: ["Grace", "", "", ""] });
  assert.deepEqual(records.at(3), undefined);
  assert.deepEqual(records.slice(1).map((r) => r.line), [3, 5]);
  assert.deepEqual(records.slice(-1)[0]!.cells, rows[2]);
  assert.deepEqual(records.slice(0, 99).length, 3);
  assert.deepEqual(records.slice(2, 1), []);
  const read = records.at(0)!.cells;
  read[0] = "changed";
  assert.equal(records.at(0)!.cells[0], "Ada", "a record read is a copy");
});

test("[IMPORT] a row with the separator (NUL) in a cell stays an array: nothing is split wrongly", () => {
  const row = ["A\u0000B", "c"];
  assert.deepEqual(packCells(row), row);
  assert.deepEqual(unpackCells(packCells(row)), row);
  assert.deepEqual(new PackedRecords([7], [packCells(row)], 2).at(0), { line: 7, cells: ["A\u0000B", "c"] });
});
