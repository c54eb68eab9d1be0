// Reads the first worksheet of an XLSX workbook: row 1 is the header, each later row with a
// value is a record, and its line is the row number the organizer sees in the spreadsheet.
import ExcelJS from "exceljs";
import { AppError } from "../../errors";
import type { ParsedFile, SourceRecord } from "./parsed-file";

/** A cell as the text a spreadsheet shows; formulas give their last computed result. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString().replace(/T00:00:00\.000Z$/, "");
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("hyperlink" in value) return typeof value.text === "string" ? value.text : cellText(value.text);
  if ("result" in value || "formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: ExcelJS.CellValue }).result;
    return result === undefined ? "" : cellText(result);
  }
  if ("error" in value) return "";
  return String(value);
}

// The whole workbook is loaded in memory (exceljs' streaming reader misses shared strings
// stored after the sheet in some writers' files); the upload limit keeps that bounded.
export async function parseXlsx(bytes: Uint8Array): Promise<ParsedFile> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    throw new AppError("invalid", "The file could not be read as an XLSX workbook. Save it again from the spreadsheet, or export CSV.");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.rowCount === 0) throw new AppError("invalid", "The workbook's first sheet is empty: it needs a header row and at least one attendee.");
  const width = sheet.columnCount;
  const rowCells = (row: ExcelJS.Row) => Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1).value));
  let headers: string[] | null = null;
  const records: SourceRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells = rowCells(row);
    if (!headers) headers = cells.map((h) => h.trim());
    else if (cells.some((c) => c.trim() !== "")) records.push({ line: row.number, cells });
  });
  if (!headers) throw new AppError("invalid", "The workbook's first sheet has no header row.");
  return { format: "xlsx", headers, records };
}
