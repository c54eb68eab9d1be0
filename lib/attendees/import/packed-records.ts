// A file's rows as the import keeps them until it writes them: a row's cells joined and written
// as UTF-8 into 1 MiB buffers, split again only when the row is read. Up to 200,000 rows are
// held while an upload is parsed and imported. A string per cell and an array per row cost more
// than the text itself; a string per row still put the whole file on V8's heap, which then let
// collectable garbage grow by as much again before collecting it (issue 13: a written 49 MB
// import after other uploads peaked at 372–505 MB). Bytes outside the heap are not traced, and
// the heap V8 sizes its next collection by is the import's working set only. Read through `at`
// and `slice`, the records look like any array of them.
import type { Records, SourceRecord } from "./parsed-file";

/** NUL never separates anything in a registration export; a row with one in a cell is kept as its cells. */
const SEPARATOR = "\u0000";
const SLAB_BYTES = 1024 * 1024;

/** A row kept by the columns it has a value in: a mostly empty row, or a spreadsheet's (its values may be the workbook's shared strings, which packing would copy). */
export type SparseRow = { columns: number[]; values: string[] };

/** Rows in the order added, each packed (cells from the first column, "" where empty) or kept sparse. */
export class RowStore {
  private readonly slabs: Buffer[] = [];
  private fill = SLAB_BYTES;
  /** Per row: its slab and the bytes it takes there, or (slab -1) the row kept as it is. */
  private readonly slab: number[] = [];
  private readonly start: number[] = [];
  private readonly end: number[] = [];
  private readonly kept: (SparseRow | readonly string[] | undefined)[] = [];

  get length(): number {
    return this.slab.length;
  }

  /** A row's cells, packed unless one holds the separator. */
  pushCells(cells: readonly string[]): void {
    if (cells.some((cell) => cell.includes(SEPARATOR))) return this.keep([...cells]);
    const text = cells.join(SEPARATOR);
    const bytes = Buffer.byteLength(text);
    let current = this.slabs.at(-1);
    if (!current || this.fill + bytes > current.length) {
      current = Buffer.allocUnsafeSlow(Math.max(SLAB_BYTES, bytes));
      this.slabs.push(current);
      this.fill = 0;
    }
    current.write(text, this.fill);
    this.slab.push(this.slabs.length - 1);
    this.start.push(this.fill);
    this.fill += bytes;
    this.end.push(this.fill);
    this.kept.push(undefined);
  }

  pushSparse(row: SparseRow): void {
    this.keep(row);
  }

  private keep(row: SparseRow | readonly string[]): void {
    this.slab.push(-1);
    this.start.push(0);
    this.end.push(0);
    this.kept.push(row);
  }

  /** Row `index`'s cells laid out over `order` (the file's columns in use, in order): a new array. */
  cells(index: number, order: readonly number[]): string[] {
    const row = this.kept[index];
    const out = new Array<string>(order.length).fill("");
    if (row !== undefined && !Array.isArray(row)) {
      const { columns, values } = row as SparseRow;
      for (let i = 0; i < columns.length; i++) {
        const at = order.indexOf(columns[i]!);
        if (at >= 0) out[at] = values[i]!;
      }
      return out;
    }
    const cells = (row as readonly string[] | undefined) ?? this.unpack(index);
    for (let i = 0; i < order.length; i++) out[i] = cells[order[i]!] ?? "";
    return out;
  }

  /**
   * A packed row's cells, each decoded on its own. Splitting the row's text would make each
   * longer cell a slice that keeps the whole row alive: the import keeps a file's emails to
   * find repeats, and with them every row's text (50 MB of a 49 MB file, found with V8's
   * sampling heap profiler). UTF-8 never has a 0 byte inside a character.
   */
  private unpack(index: number): string[] {
    const slab = this.slabs[this.slab[index]!]!;
    const end = this.end[index]!;
    const cells: string[] = [];
    for (let from = this.start[index]!; ; ) {
      const stop = slab.indexOf(0, from);
      const until = stop === -1 || stop > end ? end : stop;
      cells.push(slab.toString("utf8", from, until));
      if (until === end) return cells;
      from = until + 1;
    }
  }
}

export class PackedRecords implements Records {
  /** Records are the store's rows from `first` on; `lines[i]` is the file line row `first + i` starts on. */
  constructor(
    private readonly store: RowStore,
    private readonly first: number,
    private readonly lines: readonly number[],
    private readonly order: readonly number[],
  ) {}

  get length(): number {
    return this.lines.length;
  }

  at(index: number): SourceRecord | undefined {
    const i = index < 0 ? this.length + index : index;
    if (i < 0 || i >= this.length) return undefined;
    return { line: this.lines[i]!, cells: this.store.cells(this.first + i, this.order) };
  }

  slice(start = 0, end = this.length): SourceRecord[] {
    const from = start < 0 ? Math.max(0, this.length + start) : Math.min(start, this.length);
    const to = end < 0 ? Math.max(0, this.length + end) : Math.min(end, this.length);
    const records: SourceRecord[] = [];
    for (let i = from; i < to; i++) records.push(this.at(i)!);
    return records;
  }
}
