// Rows as read, and the header and records they become: one column for each column some row
// has a value in, in the file's order. A row mostly empty is kept sparse (the columns it has a
// value in, and those values): a stray value far to the right costs one column, not thousands
// per row; a row of 16,000 empty cells costs nothing (decision 030). A CSV row at least half
// full is kept as one string, its cells joined (packed-records.ts), and stays one until the
// import reads it: a 49 MB file's 200,000 rows are most of an upload's memory, and a string
// per cell and an array per row more than doubled them.
import { IMPORT_LIMITS, TextBudget, slicer, tooMany } from "./import-limits";
import { PackedRecords, packCells, unpackCells, type PackedRow } from "./packed-records";

export type SparseRow = { line: number; columns: number[]; values: string[] };
/** A row kept whole from the first column: "" where a cell is empty, nothing after its last value. */
type DenseRow = PackedRow;

/** Collects the rows with a value, counting rows, cells and columns in use against the limits. */
export class SparseSheet {
  private readonly rows: (SparseRow | DenseRow)[] = [];
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
    this.keepRow(line, { line, columns, values }, values);
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
   * is a sample that has its records already. A dense row is packed as it is kept.
   */
  private keepRow(line: number, row: SparseRow | string[], values: string[]): void {
    const header = this.added++ === 0;
    const record = !header && values.some((c) => c.trim() !== "");
    if (record) this.recordsTotal += 1;
    if (header || (record && this.recordsTotal <= this.keep)) {
      this.rows.push(Array.isArray(row) ? packCells(row) : row);
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

  /** The header row (trimmed) and every later row with a non-blank cell, dense over the columns in use. */
  async table(): Promise<{ headers: string[]; records: PackedRecords; recordsTotal?: number } | null> {
    const [header, ...body] = this.rows;
    if (header === undefined) return null;
    const order = [...this.used].sort((a, b) => a - b);
    const width = order.length;
    const inPlace = order.every((column, i) => column === i); // no empty column between two in use
    const place = new Map(order.map((column, i) => [column, i]));
    const dense = (row: SparseRow | DenseRow): string[] => {
      const cells = new Array<string>(width).fill("");
      if (isSparse(row)) row.columns.forEach((column, i) => (cells[place.get(column)!] = row.values[i]!));
      else unpackCells(row).forEach((cell, column) => cell !== "" && (cells[place.get(column)!] = cell));
      return cells;
    };
    const yieldNow = slicer();
    // A dense row already has its place when no column between is empty; else it is laid out
    // again and packed again. A sparse row (a spreadsheet's) keeps its strings: they may be
    // the workbook's shared strings, which a packed row would copy once per cell.
    const rows: (DenseRow | string[])[] = [];
    for (const row of body) {
      rows.push(isSparse(row) ? dense(row) : inPlace ? row : packCells(dense(row)));
      await yieldNow();
    }
    const lines = this.lines.slice(1);
    const headers = dense(header).map((h) => h.trim());
    this.rows.length = 0;
    this.lines.length = 0;
    const records = new PackedRecords(lines, rows, width);
    return this.keep === Infinity ? { headers, records } : { headers, records, recordsTotal: this.recordsTotal };
  }
}

function isSparse(row: SparseRow | DenseRow): row is SparseRow {
  return typeof row === "object" && !Array.isArray(row);
}
