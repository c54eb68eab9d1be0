import assert from "node:assert/strict";
import { test } from "node:test";
import { PackedRecords, RowStore } from "./packed-records";

const storeOf = (rows: string[][]) => {
  const store = new RowStore();
  for (const row of rows) store.pushCells(row);
  return store;
};

test("[IMPORT] packed records read back as the cells they were, padded to the width, like an array's at and slice", () => {
  const rows = [["Ada", "", "ada@example.com"], ["Grace"], ["Zoë", "O'Brien", "z@example.com", "note, with; delimiters \"and\" quotes\nand a line"]];
  const records = new PackedRecords(storeOf(rows), 0, [2, 3, 5], [0, 1, 2, 3]);
  assert.equal(records.length, 3);
  assert.deepEqual(records.at(0), { line: 2, cells: ["Ada", "", "ada@example.com", ""] });
  assert.deepEqual(records.at(-2), { line: 3, cells: ["Grace", "", "", ""] });
  assert.deepEqual(records.at(3), undefined);
  assert.deepEqual(records.at(-4), undefined);
  assert.deepEqual(records.slice(1).map((r) => r.line), [3, 5]);
  assert.deepEqual(records.slice(-1)[0]!.cells, rows[2]);
  assert.deepEqual(records.slice(0, 99).length, 3);
  assert.deepEqual(records.slice(2, 1), []);
  const read = records.at(0)!.cells;
  read[0] = "changed";
  assert.equal(records.at(0)!.cells[0], "Ada", "a record read is a copy");
});

test("[IMPORT] a row with the separator (NUL) in a cell is kept as its cells: nothing is split wrongly", () => {
  const row = ["A\u0000B", "c"];
  const records = new PackedRecords(storeOf([row]), 0, [7], [0, 1]);
  row[1] = "changed after it was kept";
  assert.deepEqual(records.at(0), { line: 7, cells: ["A\u0000B", "c"] });
});

test("[IMPORT] records skip the rows before `first` and are laid out over the columns in use, sparse rows too", () => {
  const store = new RowStore();
  store.pushCells(["Email", "", "", "Name"]); // the header
  store.pushCells(["a@example.com", "", "", "Ada"]);
  store.pushSparse({ columns: [3, 900], values: ["Stray", "far away"] });
  const records = new PackedRecords(store, 1, [2, 3], [0, 3, 900]);
  assert.deepEqual(records.slice().map((r) => r.cells), [["a@example.com", "Ada", ""], ["", "Stray", "far away"]]);
  assert.deepEqual(store.cells(0, [0, 3]), ["Email", "Name"]);
});

test("[IMPORT] rows past one buffer, a row larger than a buffer and text of every width read back byte for byte", () => {
  const rows: string[][] = [];
  for (let i = 0; i < 30_000; i++) rows.push([`${i}`, `Zoë Ørsted ${"ü".repeat(i % 40)}`, i % 7 === 0 ? "日本語 😀" : "", "x".repeat(i % 50)]);
  rows.splice(12_345, 0, ["huge", "é".repeat(1_500_000), "", "end"]);
  const records = new PackedRecords(storeOf(rows), 0, rows.map((_, i) => i + 2), [0, 1, 2, 3]);
  assert.equal(records.length, rows.length);
  for (let i = 0; i < rows.length; i++) assert.deepEqual(records.at(i)!.cells, rows[i], `row ${i}`);
});
