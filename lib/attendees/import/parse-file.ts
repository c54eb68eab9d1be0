// A registration export, CSV or XLSX, read into a header row and records with line numbers.
import { AppError } from "../../errors";
import { parseCsv } from "./parse-csv";
import type { ParsedFile } from "./parsed-file";
import { parseXlsx } from "./parse-xlsx";

/** The largest file the import accepts; the upload route refuses bigger ones before reading them. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

// XLSX is a zip archive; its first bytes say so whatever the file is called.
const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

export async function parseFile(bytes: Uint8Array, filename: string): Promise<ParsedFile> {
  if (bytes.byteLength === 0) throw new AppError("invalid", "The file is empty.");
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw new AppError("invalid", `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Split it and import the parts one after the other.`);
  if (/\.xls$/i.test(filename)) throw new AppError("invalid", "Old .xls workbooks are not read. Save the sheet as .xlsx or as CSV UTF-8.");
  const parsed = isZip(bytes) ? await parseXlsx(bytes) : await parseCsv(bytes);
  if (parsed.records.length === 0) throw new AppError("invalid", "The file has a header row but no attendees.");
  return parsed;
}
