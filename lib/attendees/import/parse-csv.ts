// Reads a registration system's CSV export: UTF-8 with or without a byte-order mark, CRLF or
// LF, comma, semicolon or tab between cells (detected), quoted cells that may hold line breaks.
// Parsed in slices as the upload streams in (other requests run between them), within the
// limits of import-limits.ts; a row is kept as its one array of cells, a mostly empty one sparse
// (sparse-rows.ts), so empty cells cost nothing.
import { CsvError, Parser } from "csv-parse";
import { AppError } from "../../errors";
import { IMPORT_LIMITS, slicer, tooMany } from "./import-limits";
import type { FileSample, ParsedFile } from "./parsed-file";
import { SparseSheet } from "./sparse-rows";

const DELIMITERS = [",", ";", "\t"] as const;
export type Delimiter = (typeof DELIMITERS)[number];
// A slice is parsed in about a millisecond; other requests get a turn every few slices (slicer).
const SLICE_BYTES = 16 * 1024;

const NOT_UTF8 = 'The file is not UTF-8 text. Save it again as "CSV UTF-8" (Excel) or "UTF-8" (LibreOffice, Numbers) and upload that.';

/**
 * The file's bytes as they come, checked to be UTF-8 on the way (a wrong guess at a legacy
 * encoding would store every accented name garbled), without its byte-order mark.
 */
async function* utf8Chunks(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  let first = true;
  const check = (chunk?: Uint8Array) => {
    try {
      decoder.decode(chunk, { stream: chunk !== undefined });
    } catch {
      throw new AppError("invalid", NOT_UTF8);
    }
  };
  for await (const whole of chunks) {
    for (let chunk of slices(whole)) {
      check(chunk);
      if (first && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
      first = false;
      yield chunk;
    }
  }
  check();
}

/** A file held in memory, in slices. */
function* slices(bytes: Uint8Array, size = SLICE_BYTES): Generator<Uint8Array> {
  for (let at = 0; at < bytes.byteLength; at += size) yield bytes.subarray(at, at + size);
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

/** The first bytes (up to a record's limit) and an iterator over the rest. */
async function head(chunks: AsyncIterator<Uint8Array>): Promise<Uint8Array[]> {
  const first: Uint8Array[] = [];
  let size = 0;
  while (size < IMPORT_LIMITS.recordChars) {
    const next = await chunks.next();
    if (next.done) break;
    first.push(next.value);
    size += next.value.byteLength;
  }
  return first;
}

/** A file in memory, or its chunks as they come (an upload's stream); `keep`: a sample's records. */
export async function parseCsv(source: Uint8Array | AsyncIterable<Uint8Array> | Iterable<Uint8Array>, keep = Infinity): Promise<ParsedFile | FileSample> {
  const chunks = utf8Chunks(source instanceof Uint8Array ? [source] : source);
  const first = await head(chunks);
  const delimiter = detectDelimiter(new TextDecoder().decode(Buffer.concat(first)));
  const parser = new Parser({
    delimiter,
    relax_column_count: true, // short rows (trailing empty cells cut off) are common in exports
    relax_quotes: true, // a stray quote inside an unquoted cell is text, as spreadsheets read it
    // Blank lines come back as records and are skipped, so every file line is counted.
    skip_empty_lines: false,
    max_record_size: IMPORT_LIMITS.recordChars,
    bom: true, // when the mark came split over the first chunks
  });
  // The record being read, cells so far: csv-parse bounds its characters, not its empty cells.
  const state = (parser as unknown as { state: { record: unknown[] } }).state;
  const sheet = new SparseSheet(undefined, keep);
  let line = 1;
  let failure: AppError | null = null;
  parser.on("data", (cells: string[]) => {
    if (failure) return;
    const start = line;
    line += 1 + innerLineBreaks(cells);
    try {
      if (cells.length > IMPORT_LIMITS.recordCells) throw tooMany.recordCells(start);
      sheet.addCells(start, cells, () => tooMany.cellChars(`line ${start}`));
    } catch (error) {
      failure = readError(error, start);
    }
  });
  const ended = new Promise<void>((resolve) => parser.on("end", resolve));
  parser.on("error", (error) => (failure ??= readError(error, line)));
  const yieldNow = slicer();
  const feed = async (chunk: Uint8Array) => {
    parser.write(chunk); // its records are handled (above) before write returns
    if (parser.errored) failure ??= readError(parser.errored, line); // its event comes on a later tick
    if (state.record.length > IMPORT_LIMITS.recordCells) failure = tooMany.recordCells(line);
    await yieldNow();
  };
  try {
    for (const chunk of first) if (!failure) await feed(chunk);
    for await (const chunk of chunks) {
      if (failure) break;
      await feed(chunk);
    }
  } catch (error) {
    failure ??= readError(error, line);
  }
  if (!failure) {
    parser.end();
    await Promise.race([ended, new Promise((resolve) => parser.on("error", resolve))]);
  }
  parser.destroy();
  if (failure) throw failure;
  const table = sheet.table();
  if (!table) throw new AppError("invalid", "The file is empty: it needs a header row and at least one attendee.");
  return { format: "csv", delimiter, ...table }; // a sample when `keep` is finite
}
