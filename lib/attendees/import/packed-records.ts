// A file's records as the import keeps them until it writes them: each row's cells joined into
// one string, split again only when the row is read. Up to 200,000 rows are held while an upload
// is parsed and imported; a string per cell and an array per row cost more than the text itself
// (issue 13: the import step's 49 MB CSVs peaked over 400 MB). Read through `at` and `slice`, the
// records look like any array of them.
import type { Records, SourceRecord } from "./parsed-file";

/** NUL never separates anything in a registration export; a row with one in a cell stays an array. */
const SEPARATOR = "\u0000";

/** A row's cells as one string, or as they are when a cell holds the separator. */
export type PackedRow = string | readonly string[];

export function packCells(cells: readonly string[]): PackedRow {
  for (const cell of cells) if (cell.includes(SEPARATOR)) return cells;
  return cells.join(SEPARATOR);
}

export function unpackCells(row: PackedRow): string[] {
  return typeof row === "string" ? row.split(SEPARATOR) : [...row];
}

export class PackedRecords implements Records {
  /** `lines[i]` is the file line `rows[i]` starts on; every record is read as `width` cells. */
  constructor(
    private readonly lines: readonly number[],
    private readonly rows: readonly PackedRow[],
    private readonly width: number,
  ) {}

  get length(): number {
    return this.rows.length;
  }

  at(index: number): SourceRecord | undefined {
    const i = index < 0 ? this.rows.length + index : index;
    const row = this.rows[i];
    if (row === undefined) return undefined;
    const cells = unpackCells(row);
    while (cells.length < this.width) cells.push("");
    return { line: this.lines[i]!, cells };
  }

  slice(start = 0, end = this.rows.length): SourceRecord[] {
    const from = start < 0 ? Math.max(0, this.rows.length + start) : Math.min(start, this.rows.length);
    const to = end < 0 ? Math.max(0, this.rows.length + end) : Math.min(end, this.rows.length);
    const records: SourceRecord[] = [];
    for (let i = from; i < to; i++) records.push(this.at(i)!);
    return records;
  }
}
