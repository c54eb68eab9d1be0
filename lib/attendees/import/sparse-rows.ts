// Rows as read, and the header and records they become: one column for each column some row
// has a value in, in the file's order. A row mostly empty is kept sparse (the columns it has a
// value in, and those values): a stray value far to the right costs one column, not thousands
// per row; a row of 16,000 empty cells costs nothing (decision 030). A CSV row at least half
// full is packed as it is read (packed-records.ts) and stays packed until the import reads it:
// a 49 MB file's 200,000 rows are most of an upload's memory. Rows are laid out over the
// columns in use when they are read, so none is copied when the file ends.
import { IMPORT_LIMITS, TextBudget, tooMany } from "./import-limits";
import { PackedRecords, RowStore, type SparseRow } from "./packed-records";

/** Collects the rows with a value, counting rows, cells and columns in use against the limits. */
export class SparseSheet {
  private readonly rows = new RowStore();
  /** Each kept row's line, in step with `rows`. */
  private readonly lines: number[] = [];
  private readonly used = new Set<number>();
  private cells = 0;
  private added = 0;
  private recordsTotal = 0;
  /** `keep`: the records kept after the header (a sample); the others are counted, checked, dropped. */
  constructor(
    readonly text = new TextBudget(),
    private readonly keep = Infinity,
  ) {}

  /**
   * A row's non-empty cells; rows without one are not kept (the header is the first kept).
   * `newChars`: the characters its values add to memory (a shared string is there already).
   */
  add(line: number, columns: number[], values: string[], newChars: number): void {
    if (values.length === 0) return;
    this.count(values.length, newChars);
    for (const column of columns) this.use(column);
    this.keepRow(line, { columns, values }, values);
  }

  /**
   * A row as its cells ("" for an empty one), within the limits; kept whole when at least half
   * of it up to its last value holds one, else sparse. Refuses a cell over Excel's length.
   */
  addCells(line: number, cells: string[], tooLong: () => Error): void {
    let filled = 0;
    let last = -1;
    let chars = 0;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i]!;
      if (cell === "") continue;
      if (cell.length > IMPORT_LIMITS.cellChars) throw tooLong();
      filled += 1;
      last = i;
      chars += cell.length;
    }
    if (filled === 0) return;
    if (filled * 2 < last + 1) {
      const columns: number[] = [];
      const values: string[] = [];
      for (let i = 0; i <= last; i++) {
        if (cells[i] === "") continue;
        columns.push(i);
        values.push(cells[i]!);
      }
      return this.add(line, columns, values, chars);
    }
    const kept = cells.slice(0, last + 1);
    this.count(filled, chars);
    for (let i = 0; i <= last; i++) if (kept[i] !== "") this.use(i);
    this.keepRow(line, kept, kept);
  }

  /**
   * A row past the limits: kept if it is the header or a record (a cell not blank), unless this
   * is a sample that has its records already. A row of cells (a dense one) is packed as it is kept.
   */
  private keepRow(line: number, row: SparseRow | string[], values: string[]): void {
    const header = this.added++ === 0;
    const record = !header && values.some((c) => c.trim() !== "");
    if (record) this.recordsTotal += 1;
    if (header || (record && this.recordsTotal <= this.keep)) {
      if (Array.isArray(row)) this.rows.pushCells(row);
      else this.rows.pushSparse(row);
      this.lines.push(line);
    }
  }

  private count(cells: number, chars: number): void {
    this.text.keep(chars);
    if (this.added > IMPORT_LIMITS.rows) throw tooMany.rows(); // the header and that many records
    this.cells += cells;
    if (this.cells > IMPORT_LIMITS.cells) throw tooMany.cells();
  }

  private use(column: number): void {
    this.used.add(column);
    if (this.used.size > IMPORT_LIMITS.columns) throw tooMany.columns();
  }

  /** The header row (trimmed) and every later row with a non-blank cell, over the columns in use. */
  table(): { headers: string[]; records: PackedRecords; recordsTotal?: number } | null {
    if (this.rows.length === 0) return null;
    const order = [...this.used].sort((a, b) => a - b);
    const headers = this.rows.cells(0, order).map((h) => h.trim());
    const records = new PackedRecords(this.rows, 1, this.lines.slice(1), order);
    return this.keep === Infinity ? { headers, records } : { headers, records, recordsTotal: this.recordsTotal };
  }
}
