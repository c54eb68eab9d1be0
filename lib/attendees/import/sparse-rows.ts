// Rows as read, kept sparse (the columns a row has a value in, and those values), and the
// header and records they become: one column for each column some row has a value in, in the
// file's order. A stray value far to the right costs one column, not thousands per row; a
// row of 16,000 empty cells costs nothing (decision 030).
import { IMPORT_LIMITS, TextBudget, slicer, tooMany } from "./import-limits";
import type { SourceRecord } from "./parsed-file";

export type SparseRow = { line: number; columns: number[]; values: string[] };

/** Collects the rows with a value, counting rows, cells and columns in use against the limits. */
export class SparseSheet {
  readonly rows: SparseRow[] = [];
  private readonly used = new Set<number>();
  private cells = 0;
  constructor(readonly text = new TextBudget()) {}

  /**
   * A row's non-empty cells; rows without one are not kept (the header is the first kept).
   * `newChars`: the characters its values add to memory (a shared string is there already).
   */
  add(line: number, columns: number[], values: string[], newChars: number): void {
    if (values.length === 0) return;
    this.text.keep(newChars);
    if (this.rows.length > IMPORT_LIMITS.rows) throw tooMany.rows(); // the header and that many records
    this.cells += values.length;
    if (this.cells > IMPORT_LIMITS.cells) throw tooMany.cells();
    for (const column of columns) this.used.add(column);
    if (this.used.size > IMPORT_LIMITS.columns) throw tooMany.columns();
    this.rows.push({ line, columns, values });
  }

  /** The header row (trimmed) and every later row with a non-blank cell, dense over the columns in use. */
  async table(): Promise<{ headers: string[]; records: SourceRecord[] } | null> {
    const [header, ...body] = this.rows;
    if (!header) return null;
    const place = new Map([...this.used].sort((a, b) => a - b).map((column, i) => [column, i]));
    const dense = (row: SparseRow) => {
      const cells = new Array<string>(place.size).fill("");
      row.columns.forEach((column, i) => (cells[place.get(column)!] = row.values[i]!));
      return cells;
    };
    const yieldNow = slicer();
    const records: SourceRecord[] = [];
    for (const row of body) {
      if (row.values.some((c) => c.trim() !== "")) records.push({ line: row.line, cells: dense(row) });
      await yieldNow();
    }
    return { headers: dense(header).map((h) => h.trim()), records };
  }
}
