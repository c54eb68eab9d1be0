// Reads a registration system's CSV export: UTF-8 with or without a byte-order mark, CRLF or
// LF, comma, semicolon or tab between cells (detected), quoted cells that may hold line breaks.
import { CsvError, parse } from "csv-parse/sync";
import { AppError } from "../../errors";
import type { ParsedFile, SourceRecord } from "./parsed-file";

const DELIMITERS = [",", ";", "\t"] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** UTF-8 only: a wrong guess at a legacy encoding would store every accented name garbled. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw new AppError(
      "invalid",
      'The file is not UTF-8 text. Save it again as "CSV UTF-8" (Excel) or "UTF-8" (LibreOffice, Numbers) and upload that.',
    );
  }
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

export function parseCsv(bytes: Uint8Array): ParsedFile {
  const text = decodeUtf8(bytes);
  const delimiter = detectDelimiter(text);
  let rows: string[][];
  try {
    rows = parse(text, {
      delimiter,
      relax_column_count: true, // short rows (trailing empty cells cut off) are common in exports
      relax_quotes: true, // a stray quote inside an unquoted cell is text, as spreadsheets read it
      // Blank lines come back as records and are skipped below, so every file line is counted.
      // (csv-parse's per-record `info` would count them too, at a third more parse time.)
      skip_empty_lines: false,
    });
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw new AppError("invalid", `The file could not be read as CSV${line ? ` near line ${line}` : ""}: ${error.message}`);
    }
    throw error;
  }
  const [header, ...body] = rows;
  if (!header) throw new AppError("invalid", "The file is empty: it needs a header row and at least one attendee.");
  const records: SourceRecord[] = [];
  let line = 1 + innerLineBreaks(header) + 1;
  for (const cells of body) {
    const start = line;
    line += 1 + innerLineBreaks(cells);
    if (cells.every((cell) => cell.trim() === "")) continue; // a blank line, or a row of empty cells (";;;;")
    records.push({ line: start, cells });
  }
  return { format: "csv", delimiter, headers: header.map((h) => h.trim()), records };
}
