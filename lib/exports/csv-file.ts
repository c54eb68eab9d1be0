// A CSV export file as a sequence of ~64 KB chunks, produced row by row from an iterator, so a
// file of any size is never held in memory. The same chunks feed a download, a ZIP entry and
// the in-memory file of the command line, so all three hold exactly the same bytes.
import { UTF8_BOM, csvRow, type CellValue } from "./csv";
import type { Column } from "./columns";

const CHUNK_CHARS = 64 * 1024;

export type RowSource<T> = {
  columns: readonly Column<T>[];
  rows: Iterable<T>;
  /** Called once per data row as it is written (counting, remembering handed-over contacts). */
  onRow?: (row: T) => void;
};

/** `row`: how a record is written (csvRow neutralises formulas for spreadsheets; plainCsvRow for a CRM). */
export function* csvChunks<T>({ columns, rows, onRow }: RowSource<T>, row: (values: readonly CellValue[]) => string = csvRow): Generator<Buffer> {
  let text = UTF8_BOM + row(columns.map(([name]) => name));
  for (const item of rows) {
    text += row(columns.map(([, get]) => get(item)));
    onRow?.(item);
    if (text.length >= CHUNK_CHARS) {
      yield Buffer.from(text, "utf8");
      text = "";
    }
  }
  yield Buffer.from(text, "utf8");
}
