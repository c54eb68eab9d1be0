// A registration export, CSV or XLSX, read into a header row and records with line numbers.
// An upload is read from its Blob: a CSV as a stream (no copy of the whole file), an XLSX
// whole (a zip is read from its end), within the limits of import-limits.ts.
import { AppError } from "../../errors";
import { parseCsv } from "./parse-csv";
import type { ParsedFile } from "./parsed-file";
import { parseXlsx } from "./parse-xlsx";

/** The largest file the import accepts; the upload route refuses bigger ones before reading them. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

// XLSX is a zip archive; its first bytes say so whatever the file is called.
const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

export async function parseFile(file: Uint8Array | Blob, filename: string): Promise<ParsedFile> {
  const size = file instanceof Uint8Array ? file.byteLength : file.size;
  if (size === 0) throw new AppError("invalid", "The file is empty.");
  if (size > MAX_IMPORT_BYTES) throw new AppError("invalid", `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Split it and import the parts one after the other.`);
  if (/\.xls$/i.test(filename)) throw new AppError("invalid", "Old .xls workbooks are not read. Save the sheet as .xlsx or as CSV UTF-8.");
  const start = file instanceof Uint8Array ? file : new Uint8Array(await file.slice(0, 4).arrayBuffer());
  let parsed: ParsedFile;
  if (isZip(start)) parsed = await parseXlsx(file instanceof Uint8Array ? file : new Uint8Array(await file.arrayBuffer()));
  else parsed = await parseCsv(file instanceof Uint8Array ? file : (file.stream() as unknown as AsyncIterable<Uint8Array>));
  if (parsed.records.length === 0) throw new AppError("invalid", "The file has a header row but no attendees.");
  return parsed;
}
