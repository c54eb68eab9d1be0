// An XLSX export file, streamed with exceljs's WorkbookWriter: rows are committed as they are
// read and zipped on the fly, without shared strings (which would keep every text in memory).
// Every cell is a string value, never a formula: a spreadsheet shows its text and runs nothing,
// so it needs no apostrophe in front of "=" or "+" (csv.ts); control characters are made visible.
import { setImmediate as nextTurn } from "node:timers/promises";
import { PassThrough, type Readable } from "node:stream";
import { visible, type CellValue } from "./csv";
import type { RowSource } from "./csv-file";
import type { XlsxAppendix } from "./export-checkpoint";

const ROWS_PER_TURN = 500;

/** `appendix`: a small second sheet of name/value rows (the checkpoint the file falls under). */
export function xlsxStream<T>(source: RowSource<T>, sheetName: string, created = new Date(), appendix?: XlsxAppendix): Readable {
  const out = new PassThrough();
  void write(source, sheetName, created, out, appendix).catch((error: unknown) => out.destroy(error as Error));
  return out;
}

async function write<T>({ columns, rows, onRow }: RowSource<T>, sheetName: string, created: Date, out: PassThrough, appendix?: XlsxAppendix) {
  // Loaded on first use: exceljs is large, and CSV downloads and the ZIP never need it.
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  workbook.created = workbook.modified = created;
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(columns.map(([name]) => name)).commit();
  let n = 0;
  for (const row of rows) {
    if (out.destroyed) return; // the download was cancelled: leaving the loop closes the rows
    sheet.addRow(columns.map(([, get]) => xlsxText(get(row)))).commit();
    onRow?.(row);
    if (++n % ROWS_PER_TURN === 0) await drained(out);
  }
  sheet.commit();
  if (appendix) {
    const notes = workbook.addWorksheet(appendix.sheet);
    // Fairlead's own values (ids, hashes, a signature), written as they are: a base64url
    // signature may begin with "-".
    for (const [name, value] of appendix.rows) notes.addRow([name, value]).commit();
    notes.commit();
  }
  await workbook.commit();
}

/** A cell as typed text: numbers as digits, nothing as "". */
function xlsxText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  return typeof value === "number" ? String(value) : visible(value);
}

/** Lets the zip pipeline catch up, and waits while the reader of `out` is behind. */
async function drained(out: PassThrough): Promise<void> {
  await nextTurn();
  if (!out.writableNeedDrain || out.destroyed) return;
  await new Promise<void>((resolve) => {
    const done = () => (out.off("drain", done), out.off("close", done), resolve());
    out.on("drain", done).on("close", done);
  });
}
