// Rows as read, and the header and records they become: one column for each column some row
// has a value in, in the file's order. A row mostly empty is kept sparse (the columns it has a
// value in, and those values): a stray value far to the right costs one column, not thousands
// per row; a row of 16,000 empty cells costs nothing (decision 030). A CSV row at least half
// full is kept as the one array of cells it was read as, and becomes its record in place when
// no column is empty throughout: an honest export is held once, with nothing per row but its
// cells (a 49 MB file's 200,000 rows are most of an upload's memory).
import { IMPORT_LIMITS, TextBudget, slicer, tooMany } from "./import-limits";
import type { SourceRecord } from "./parsed-file";
import { RepeatedValues } from "./repeated-values";

export type SparseRow = { line: number; columns: number[]; values: string[] };
/** A row kept whole: "" where a cell is empty, nothing after its last value. */
type DenseRow = SourceRecord;

/** Collects the rows with a value, counting rows, cells and columns in use against the limits. */
export class SparseSheet {
  readonly rows: (SparseRow | DenseRow)[] = [];
  private readonly used = new Set<number>();
  private cells = 0;
  private readonly repeated = new RepeatedValues();
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
    this.keepRow({ line, columns, values }, values);
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
    const kept = cells.slice(0, last + 1); // exactly its size: the parser's array grows with room to spare
    this.count(filled, chars);
    for (let i = 0; i <= last; i++) {
      if (kept[i] === "") continue;
      this.use(i);
      kept[i] = this.repeated.of(i, kept[i]!);
    }
    this.keepRow({ line, cells: kept }, kept);
  }

  /** A row past the limits: kept unless this is a sample that has its records already. */
  private keepRow(row: SparseRow | DenseRow, values: string[]): void {
    const header = this.added++ === 0;
    const record = !header && values.some((c) => c.trim() !== "");
    if (record) this.recordsTotal += 1;
    if (header || this.keep === Infinity || (record && this.recordsTotal <= this.keep)) this.rows.push(row);
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
  async table(): Promise<{ headers: string[]; records: SourceRecord[]; recordsTotal?: number } | null> {
    const [header, ...body] = this.rows;
    if (!header) return null;
    const order = [...this.used].sort((a, b) => a - b);
    const width = order.length;
    const inPlace = order.every((column, i) => column === i); // no empty column between two in use
    const place = new Map(order.map((column, i) => [column, i]));
    const dense = (row: SparseRow | DenseRow): string[] => {
      if ("cells" in row && inPlace) {
        const cells = row.cells;
        while (cells.length < width) cells.push("");
        return cells;
      }
      const cells = new Array<string>(width).fill("");
      if ("cells" in row) row.cells.forEach((cell, column) => cell !== "" && (cells[place.get(column)!] = cell));
      else row.columns.forEach((column, i) => (cells[place.get(column)!] = row.values[i]!));
      return cells;
    };
    const yieldNow = slicer();
    const records: SourceRecord[] = [];
    for (const row of body) {
      const values = "cells" in row ? row.cells : row.values;
      if (!values.some((c) => c.trim() !== "")) continue;
      const cells = dense(row);
      records.push("cells" in row && row.cells === cells ? row : { line: row.line, cells });
      await yieldNow();
    }
    this.rows.length = 0;
    const headers = dense(header).map((h) => h.trim());
    return this.keep === Infinity ? { headers, records } : { headers, records, recordsTotal: this.recordsTotal };
  }
}
