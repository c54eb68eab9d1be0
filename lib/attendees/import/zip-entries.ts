// The parts of a zip archive (an XLSX is one), read from its central directory, and each part
// unpacked as a stream of chunks with the import's limits on its expanded size and compression
// ratio: a zip bomb is refused after at most one chunk past a limit, never unpacked in memory.
// (exceljs' loader unpacks every part whole, and trusts the sizes the archive declares.)
import zlib from "node:zlib";
import { AppError } from "../../errors";
import { IMPORT_LIMITS, tooMany } from "./import-limits";

export type ZipEntry = { name: string; method: number; compressedSize: number; localOffset: number };

const unreadable = () => new AppError("invalid", "The file could not be read as an XLSX workbook. Save it again from the spreadsheet, or export CSV.");
const MAX32 = 0xffffffff;

function u64(view: DataView, at: number): number {
  const value = view.getBigUint64(at, true);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw unreadable();
  return Number(value);
}

/** Where the central directory starts and how many entries it has (zip64 when the sizes say so). */
function directory(bytes: Uint8Array, view: DataView): { offset: number; count: number } {
  const lowest = Math.max(0, bytes.byteLength - 22 - 0xffff);
  for (let at = bytes.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) !== 0x06054b50) continue;
    let count = view.getUint16(at + 10, true);
    let offset = view.getUint32(at + 16, true);
    if ((count === 0xffff || offset === MAX32) && at >= 20 && view.getUint32(at - 20, true) === 0x07064b50) {
      const zip64 = u64(view, at - 12);
      if (zip64 + 56 > bytes.byteLength || view.getUint32(zip64, true) !== 0x06064b50) throw unreadable();
      count = u64(view, zip64 + 32);
      offset = u64(view, zip64 + 48);
    }
    return { offset, count };
  }
  throw unreadable();
}

/** Every entry of the archive by name; the central directory, not the local headers, is trusted. */
export function zipEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  if (bytes.byteLength < 22) throw unreadable();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { offset, count } = directory(bytes, view);
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder();
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== 0x02014b50) throw unreadable();
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    let compressedSize = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    let localOffset = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    // Zip64: the sizes that did not fit are in the extra field, in this order.
    for (let e = at + 46 + nameLength; e + 4 <= at + 46 + nameLength + extraLength; ) {
      const id = view.getUint16(e, true);
      const size = view.getUint16(e + 2, true);
      if (id === 0x0001) {
        let field = e + 4;
        if (view.getUint32(at + 24, true) === MAX32) field += 8; // the uncompressed size: not trusted anyway
        if (compressedSize === MAX32) {
          compressedSize = u64(view, field);
          field += 8;
        }
        if (localOffset === MAX32) localOffset = u64(view, field);
      }
      e += 4 + size;
    }
    if (flags & 1) throw new AppError("invalid", "The workbook is password-protected. Save it without a password, or export CSV.");
    entries.set(name, { name, method, compressedSize, localOffset });
    at += 46 + nameLength + extraLength + view.getUint16(at + 32, true);
  }
  return entries;
}

/** The bytes of one entry as stored (compressed), located through its local header. */
function storedBytes(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== 0x04034b50) throw unreadable();
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.byteLength) throw unreadable();
  return bytes.subarray(start, start + entry.compressedSize);
}

/** Counts what the parts of one file unpack to, against the import's limits. */
export type ExpansionBudget = { used: number };

/**
 * The entry's content in chunks. Stops with the limit named as soon as the whole file has
 * unpacked past IMPORT_LIMITS.expandedBytes, or this entry past its ratio (after a first MB,
 * where tiny parts may compress well).
 */
export async function* unpackEntry(bytes: Uint8Array, entry: ZipEntry, budget: ExpansionBudget): AsyncGenerator<Buffer> {
  const data = storedBytes(bytes, entry);
  let out = 0;
  // `consumed`: the compressed bytes unpacked so far, so a bomb after a normal start is caught
  // at its own ratio, not at the entry's average.
  const count = (chunk: Buffer, consumed: number) => {
    out += chunk.byteLength;
    budget.used += chunk.byteLength;
    if (budget.used > IMPORT_LIMITS.expandedBytes) throw tooMany.expanded();
    if (out > 1024 * 1024 && out > IMPORT_LIMITS.compressionRatio * Math.max(1, consumed)) throw tooMany.ratio(entry.name);
  };
  if (entry.method === 0) {
    for (let i = 0; i < data.byteLength; i += 65_536) {
      const chunk = Buffer.from(data.buffer, data.byteOffset + i, Math.min(65_536, data.byteLength - i));
      count(chunk, Number.POSITIVE_INFINITY);
      yield chunk;
    }
    return;
  }
  if (entry.method !== 8) throw unreadable();
  // Unpacked on libuv's thread pool, a chunk at a time: other requests run between chunks.
  const inflater = zlib.createInflateRaw({ chunkSize: 64 * 1024 });
  inflater.end(data);
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      count(chunk, inflater.bytesWritten);
      yield chunk;
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw unreadable();
  } finally {
    inflater.destroy();
  }
}
