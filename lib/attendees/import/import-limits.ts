// What an import file may hold. A registration export of a large show (100,000 attendees, a few
// dozen columns) is well inside every figure; a file past one is refused as a whole, with the
// limit named, while it is read: nothing past the limit is kept, so memory never grows with
// what an attacker (or a broken export) puts in the file (issue 13, finding 1; decision 030).
import { AppError } from "../../errors";

export const IMPORT_LIMITS = {
  /** Records (rows with a value) after the header. */
  rows: 200_000,
  /** Columns with a value in some row; empty columns in between do not count. */
  columns: 250,
  /** Cells with a value, over the whole file. */
  cells: 4_000_000,
  /** Characters in one cell (Excel's own limit). */
  cellChars: 32_767,
  /** Characters of cell text kept in memory, over the whole file (shared strings count once). */
  textChars: 64 * 1024 * 1024,
  /** Characters in one CSV record, all its cells together. */
  recordChars: 1024 * 1024,
  /** Cells in one CSV record, empty ones too (kept small: csv-parse builds each record whole). */
  recordCells: 2_048,
  /** Bytes of XML unpacked from an XLSX, over all the parts read. */
  expandedBytes: 200 * 1024 * 1024,
  /** How far one XLSX part may unpack beyond its compressed size (checked past the first MB). */
  compressionRatio: 100,
  /** How deep XLSX XML may nest (a worksheet's cell text is 6 levels down). */
  xmlDepth: 64,
  /** Characters of XML between two tags: bounds what the XML parser buffers. */
  xmlRunChars: 1024 * 1024,
} as const;

const n = (value: number) => value.toLocaleString("en-US");

/** A refusal that names the limit; the organizer sees it as the import's answer. */
export class ImportLimitError extends AppError {
  constructor(what: string) {
    super("invalid", `The file was refused: ${what}. Check that it is the attendee list, or split it and import the parts one after the other.`);
  }
}

export const tooMany = {
  rows: () => new ImportLimitError(`it has more than ${n(IMPORT_LIMITS.rows)} rows`),
  columns: () => new ImportLimitError(`it uses more than ${n(IMPORT_LIMITS.columns)} columns`),
  cells: () => new ImportLimitError(`it has more than ${n(IMPORT_LIMITS.cells)} cells with a value`),
  cellChars: (where: string) => new ImportLimitError(`${where} holds more than ${n(IMPORT_LIMITS.cellChars)} characters in one cell`),
  text: () => new ImportLimitError(`it holds more than ${n(IMPORT_LIMITS.textChars)} characters of text`),
  recordChars: (line: number) => new ImportLimitError(`the record starting near line ${n(line)} holds more than ${n(IMPORT_LIMITS.recordChars)} characters`),
  recordCells: (line: number) => new ImportLimitError(`the record near line ${n(line)} has more than ${n(IMPORT_LIMITS.recordCells)} cells`),
  expanded: () => new ImportLimitError(`it unpacks to more than ${n(IMPORT_LIMITS.expandedBytes / 1024 / 1024)} MB`),
  ratio: (part: string) => new ImportLimitError(`its part ${part} is compressed more than ${IMPORT_LIMITS.compressionRatio} to 1, far more than a spreadsheet is`),
  depth: () => new ImportLimitError(`its XML is nested more than ${IMPORT_LIMITS.xmlDepth} levels deep`),
  xmlRun: () => new ImportLimitError(`its XML has more than ${n(IMPORT_LIMITS.xmlRunChars)} characters without a tag`),
};

/** Counts the characters of cell text a file keeps in memory while it is read. */
export class TextBudget {
  private used = 0;
  keep(chars: number): void {
    this.used += chars;
    if (this.used > IMPORT_LIMITS.textChars) throw tooMany.text();
  }
}

/** Gives other requests a turn when this one has run for a slice (a few ms) since the last. */
export function slicer(sliceMs = 8): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < sliceMs) return;
    await new Promise((resolve) => setImmediate(resolve));
    since = performance.now();
  };
}
