// A registration export, CSV or XLSX, read into a header row and records with line numbers.
// A CSV is parsed from its chunks as they are (no copy of the whole file); an XLSX is read
// whole (a zip is read from its end). Within the limits of import-limits.ts.
import { AppError } from "../../errors";
import { parseCsv } from "./parse-csv";
import type { ParsedFile } from "./parsed-file";
import { parseXlsx } from "./parse-xlsx";

/** The largest file the import accepts; the upload route refuses bigger ones before reading them. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

// XLSX is a zip archive; its first bytes say so whatever the file is called.
const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

type Source = { size: number; head: () => Uint8Array | Promise<Uint8Array>; whole: () => Uint8Array | Promise<Uint8Array>; chunks: () => AsyncIterable<Uint8Array> | Iterable<Uint8Array> };

/**
 * The bytes, a Blob, or an upload's chunks as they came (read-upload.ts). Chunks joined for an
 * XLSX are dropped from the array as they are joined, so the upload is not held twice.
 */
function sourceOf(file: Uint8Array | Blob | Uint8Array[]): Source {
  if (file instanceof Uint8Array) return { size: file.byteLength, head: () => file, whole: () => file, chunks: () => [file] };
  if (Array.isArray(file)) {
    return {
      size: file.reduce((sum, chunk) => sum + chunk.byteLength, 0),
      head: () => Buffer.concat(file.slice(0, 4)),
      whole: () => Buffer.concat(file.splice(0)),
      chunks: () => file,
    };
  }
  return {
    size: file.size,
    head: async () => new Uint8Array(await file.slice(0, 4).arrayBuffer()),
    whole: async () => new Uint8Array(await file.arrayBuffer()),
    chunks: () => file.stream() as unknown as AsyncIterable<Uint8Array>,
  };
}

export async function parseFile(file: Uint8Array | Blob | Uint8Array[], filename: string): Promise<ParsedFile> {
  const source = sourceOf(file);
  if (source.size === 0) throw new AppError("invalid", "The file is empty.");
  if (source.size > MAX_IMPORT_BYTES) throw new AppError("invalid", `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Split it and import the parts one after the other.`);
  if (/\.xls$/i.test(filename)) throw new AppError("invalid", "Old .xls workbooks are not read. Save the sheet as .xlsx or as CSV UTF-8.");
  const parsed = isZip(await source.head()) ? await parseXlsx(await source.whole()) : await parseCsv(source.chunks());
  if (parsed.records.length === 0) throw new AppError("invalid", "The file has a header row but no attendees.");
  return parsed;
}
