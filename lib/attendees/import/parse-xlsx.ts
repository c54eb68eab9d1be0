// Reads the first worksheet of an XLSX workbook: row 1 is the header, each later row with a
// value is a record, and its line is the row number the organizer sees in the spreadsheet.
// Streamed part by part (the shared strings first, wherever the archive stores them), within
// the limits of import-limits.ts; columns no row has a value in are left out (sparse-rows.ts).
import { AppError } from "../../errors";
import type { FileSample, ParsedFile } from "./parsed-file";
import { readSheet } from "./read-sheet";
import { SparseSheet } from "./sparse-rows";
import { locateParts, openWorkbook, readDateStyles, readSharedStrings } from "./xlsx-parts";

export async function parseXlsx(bytes: Uint8Array, keep = Infinity): Promise<ParsedFile | FileSample> {
  const book = openWorkbook(bytes);
  const parts = await locateParts(book);
  const sheet = new SparseSheet(undefined, keep);
  const sharedStrings = await readSharedStrings(book, parts.sharedStrings, sheet.text);
  const dateStyles = await readDateStyles(book, parts.styles);
  await readSheet(book, parts.sheet, { sharedStrings, dateStyles, date1904: parts.date1904 }, sheet);
  const table = sheet.table();
  if (!table) throw new AppError("invalid", "The workbook's first sheet is empty: it needs a header row and at least one attendee.");
  return { format: "xlsx", ...table }; // a sample when `keep` is finite
}
