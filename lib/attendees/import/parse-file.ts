// A registration export, CSV or XLSX, read into a header row and records with line numbers.
// A CSV is parsed from its chunks as they come (an upload is never held whole); an XLSX is
// joined whole first (a zip is read from its end). Within the limits of import-limits.ts.
import { AppError } from "../../errors";
import { parseCsv } from "./parse-csv";
import type { FileSample, ParsedFile } from "./parsed-file";
import { parseXlsx } from "./parse-xlsx";

/** The largest file the import accepts; the upload route refuses bigger ones before reading them. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

type Chunks = AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

const EMPTY = "The file is empty.";
const TOO_BIG = `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Split it and import the parts one after the other.`;

// XLSX is a zip archive; its first bytes say so whatever the file is called.
const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** The first chunks (at least 4 bytes of them, when the file has them) and the same chunks again with the rest. */
async function peek(source: Chunks): Promise<{ head: Uint8Array; all: AsyncIterable<Uint8Array> }> {
  const rest = (Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]()) as AsyncIterator<Uint8Array> | Iterator<Uint8Array>;
  const first: Uint8Array[] = [];
  let size = 0;
  while (size < 4) {
    const next = await rest.next();
    if (next.done) break;
    first.push(next.value);
    size += next.value.byteLength;
  }
  async function* all() {
    let total = 0;
    const counted = (chunk: Uint8Array) => {
      total += chunk.byteLength;
      if (total > MAX_IMPORT_BYTES) throw new AppError("invalid", TOO_BIG);
      return chunk;
    };
    try {
      yield* first.splice(0).map(counted);
      for (let next = await rest.next(); !next.done; next = await rest.next()) yield counted(next.value);
    } finally {
      await rest.return?.(); // a reader that stopped early lets an upload's stream go on
    }
  }
  return { head: Buffer.concat(first), all: all() };
}

const sizeOf = (chunks: Uint8Array[]) => chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);

async function joined(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const all: Uint8Array[] = [];
  for await (const chunk of chunks) all.push(chunk);
  return Buffer.concat(all.splice(0));
}

/**
 * The bytes, a Blob, or an upload's chunks as they come (read-upload.ts). With `sample`, only
 * that many records are kept (the others counted and checked against every limit alike).
 */
export async function parseFile(file: Uint8Array | Blob | Chunks, filename: string): Promise<ParsedFile>;
export async function parseFile(file: Uint8Array | Blob | Chunks, filename: string, sample: number): Promise<FileSample>;
export async function parseFile(file: Uint8Array | Blob | Chunks, filename: string, sample = Infinity): Promise<ParsedFile | FileSample> {
  const known = file instanceof Uint8Array ? file.byteLength : file instanceof Blob ? file.size : Array.isArray(file) ? sizeOf(file as Uint8Array[]) : null;
  if (known === 0) throw new AppError("invalid", EMPTY);
  if (known !== null && known > MAX_IMPORT_BYTES) throw new AppError("invalid", TOO_BIG);
  const chunks: Chunks = file instanceof Uint8Array ? [file] : file instanceof Blob ? (file.stream() as unknown as AsyncIterable<Uint8Array>) : file;
  const { head, all } = await peek(chunks);
  if (head.byteLength === 0) throw new AppError("invalid", EMPTY);
  if (/\.xls$/i.test(filename)) throw new AppError("invalid", "Old .xls workbooks are not read. Save the sheet as .xlsx or as CSV UTF-8.");
  const parsed = isZip(head) ? await parseXlsx(await joined(all), sample) : await parseCsv(all, sample);
  if ((parsed.recordsTotal ?? parsed.records.length) === 0) throw new AppError("invalid", "The file has a header row but no attendees.");
  return parsed;
}
