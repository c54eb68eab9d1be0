// Reads a registration system's CSV export: UTF-8 with or without a byte-order mark, CRLF or
// LF, comma, semicolon or tab between cells (detected), quoted cells that may hold line breaks.
// Parsed in slices (other requests run between them), within the limits of import-limits.ts;
// rows are kept sparse until the end, so empty cells cost nothing (sparse-rows.ts).
import { isUtf8 } from "node:buffer";
import { CsvError, Parser } from "csv-parse";
import { AppError } from "../../errors";
import { IMPORT_LIMITS, slicer, tooMany } from "./import-limits";
import type { ParsedFile } from "./parsed-file";
import { SparseSheet } from "./sparse-rows";

const DELIMITERS = [",", ";", "\t"] as const;
export type Delimiter = (typeof DELIMITERS)[number];
const SLICE_BYTES = 64 * 1024;

/** UTF-8 only: a wrong guess at a legacy encoding would store every accented name garbled. */
function requireUtf8(bytes: Uint8Array): Uint8Array {
  if (!isUtf8(bytes)) {
    throw new AppError(
      "invalid",
      'The file is not UTF-8 text. Save it again as "CSV UTF-8" (Excel) or "UTF-8" (LibreOffice, Numbers) and upload that.',
    );
  }
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}

/** The delimiter that splits the header row most often, outside quotes; a comma when none does. */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best: Delimiter = ",";
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/** Line breaks inside a record's cells: each makes the record one file line longer. */
function innerLineBreaks(cells: readonly string[]): number {
  let n = 0;
  for (const cell of cells) {
    if (!cell.includes("\n") && !cell.includes("\r")) continue;
    n += cell.match(/\r\n|\r|\n/g)!.length;
  }
  return n;
}

function readError(error: unknown, line: number): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof CsvError) {
    if (error.code === "CSV_MAX_RECORD_SIZE") return tooMany.recordChars(line);
    const at = (error as CsvError & { lines?: number }).lines;
    return new AppError("invalid", `The file could not be read as CSV${at ? ` near line ${at}` : ""}: ${error.message}`);
  }
  throw error;
}

export async function parseCsv(bytes: Uint8Array): Promise<ParsedFile> {
  const body = requireUtf8(bytes);
  const delimiter = detectDelimiter(new TextDecoder().decode(body.subarray(0, IMPORT_LIMITS.recordChars)));
  const parser = new Parser({
    delimiter,
    relax_column_count: true, // short rows (trailing empty cells cut off) are common in exports
    relax_quotes: true, // a stray quote inside an unquoted cell is text, as spreadsheets read it
    // Blank lines come back as records and are skipped, so every file line is counted.
    skip_empty_lines: false,
    max_record_size: IMPORT_LIMITS.recordChars,
  });
  // The record being read, cells so far: csv-parse bounds its characters, not its empty cells.
  const state = (parser as unknown as { state: { record: unknown[] } }).state;
  const sheet = new SparseSheet();
  let line = 1;
  let failure: AppError | null = null;
  parser.on("data", (cells: string[]) => {
    if (failure) return;
    const start = line;
    line += 1 + innerLineBreaks(cells);
    try {
      if (cells.length > IMPORT_LIMITS.recordCells) throw tooMany.recordCells(start);
      const columns: number[] = [];
      const values: string[] = [];
      let chars = 0;
      cells.forEach((cell, column) => {
        if (cell === "") return;
        if (cell.length > IMPORT_LIMITS.cellChars) throw tooMany.cellChars(`line ${start}`);
        columns.push(column);
        values.push(cell);
        chars += cell.length;
      });
      sheet.add(start, columns, values, chars);
    } catch (error) {
      failure = readError(error, start);
    }
  });
  const ended = new Promise<void>((resolve) => parser.on("end", resolve));
  parser.on("error", (error) => (failure ??= readError(error, line)));
  const yieldNow = slicer(0); // every slice: the parser's records arrive on the next tick
  for (let at = 0; at < body.byteLength && !failure; at += SLICE_BYTES) {
    parser.write(body.subarray(at, at + SLICE_BYTES));
    if (state.record.length > IMPORT_LIMITS.recordCells) failure = tooMany.recordCells(line);
    await yieldNow();
  }
  if (!failure) {
    parser.end();
    await Promise.race([ended, new Promise((resolve) => parser.on("error", resolve))]);
  }
  parser.destroy();
  if (failure) throw failure;
  const table = await sheet.table();
  if (!table) throw new AppError("invalid", "The file is empty: it needs a header row and at least one attendee.");
  return { format: "csv", delimiter, ...table };
}
