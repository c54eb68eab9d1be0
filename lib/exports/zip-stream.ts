// A streaming ZIP writer (PKWARE APPNOTE 6.3) for entries deflated beforehand (packEntry): each
// entry goes out as soon as it is packed, followed by a data descriptor, so the ZIP never sits in
// memory, only the entries packed ahead of it (a bounded few: stream-all-partners.ts). CRC-32 is zlib's native one: the JavaScript CRC of the ZIP
// library used before cost about a second on the biggest show (docs/decisions/012).
// Deflate is synchronous, on the thread that wrote the entry (the export's worker): one zlib
// stream per entry on the thread pool cost about 0.6 ms of hand-offs per entry, over a second
// for the 2,000 entries of the biggest show (and one-shot async calls cost the calling thread
// three times the CPU of the sync ones, measured again 2026-12-05). A big entry is deflated in pieces, each but the last ending with a sync
// flush, which byte-aligns it, so the pieces join into one valid deflate stream (RFC 1951: blocks
// are independent; a fresh compressor never refers back past its own start).
// Limits: no ZIP64, so at most 65,535 entries and 4 GiB in all — a show's lead files are far
// below (the biggest benchmark show zips to 17 MB); going over fails loudly, never silently.
import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { constants, crc32, deflateRawSync } from "node:zlib";

const UINT32 = 0xffffffff;
const FLAGS = 0x0808; // bit 3: sizes and CRC in a data descriptor; bit 11: names are UTF-8
const DEFLATE = 8;
const VERSION = 20; // 2.0: deflate, data descriptor

/** MS-DOS date and time in 2-second steps, from the UTC fields (a ZIP has no time zone; UTC keeps files reproducible). */
function dosTime(d: Date): { time: number; date: number } {
  const year = Math.min(Math.max(d.getUTCFullYear(), 1980), 2107);
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
    date: ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
}

type Written = { name: Buffer; time: number; date: number; crc: number; packed: number; size: number; offset: number };

function localHeader(e: Pick<Written, "name" | "time" | "date">): Buffer {
  const b = Buffer.alloc(30);
  b.writeUInt32LE(0x04034b50, 0);
  b.writeUInt16LE(VERSION, 4);
  b.writeUInt16LE(FLAGS, 6);
  b.writeUInt16LE(DEFLATE, 8);
  b.writeUInt16LE(e.time, 10);
  b.writeUInt16LE(e.date, 12);
  b.writeUInt16LE(e.name.length, 26); // CRC and sizes (14–25) stay 0: the descriptor has them
  return Buffer.concat([b, e.name]);
}

function dataDescriptor(e: Written): Buffer {
  const b = Buffer.alloc(16);
  b.writeUInt32LE(0x08074b50, 0);
  b.writeUInt32LE(e.crc, 4);
  b.writeUInt32LE(e.packed, 8);
  b.writeUInt32LE(e.size, 12);
  return b;
}

function centralEntry(e: Written): Buffer {
  const b = Buffer.alloc(46);
  b.writeUInt32LE(0x02014b50, 0);
  b.writeUInt16LE(VERSION, 4);
  b.writeUInt16LE(VERSION, 6);
  b.writeUInt16LE(FLAGS, 8);
  b.writeUInt16LE(DEFLATE, 10);
  b.writeUInt16LE(e.time, 12);
  b.writeUInt16LE(e.date, 14);
  b.writeUInt32LE(e.crc, 16);
  b.writeUInt32LE(e.packed, 20);
  b.writeUInt32LE(e.size, 24);
  b.writeUInt16LE(e.name.length, 28);
  b.writeUInt32LE(e.offset, 42);
  return Buffer.concat([b, e.name]);
}

function endOfCentralDirectory(count: number, size: number, offset: number): Buffer {
  const b = Buffer.alloc(22);
  b.writeUInt32LE(0x06054b50, 0);
  b.writeUInt16LE(count, 8);
  b.writeUInt16LE(count, 10);
  b.writeUInt32LE(size, 12);
  b.writeUInt32LE(offset, 16);
  return b;
}

function checkLimits(offset: number, count: number): void {
  if (offset > UINT32) throw new Error("The ZIP would exceed 4 GiB, which this writer does not support (no ZIP64).");
  if (count > 0xffff) throw new Error("The ZIP would hold more than 65,535 files, which this writer does not support (no ZIP64).");
}

/** An entry deflated beforehand (packEntry), with its CRC-32 and size: written as it is. */
export type PackedEntry = { name: string; mtime: Date; crc: number; size: number; packed: Uint8Array };

/** What packEntry makes of an entry's chunks; `sha256` is that of the uncompressed bytes. */
export type Packed = { crc: number; size: number; sha256: string; packed: Buffer };

// A packed entry is deflated in pieces of about this size: a whole file of a usual partner
// (~100 KB) in one call, a big one never whole.
const PACK_PIECE = 1024 * 1024;

/** Deflates an entry's chunks, on the thread that wrote them. */
export function packEntry(chunks: Iterable<Buffer>, level: number): Packed {
  const hash = createHash("sha256");
  const pieces: Buffer[] = [];
  let [crc, size] = [0, 0];
  let held: Buffer[] = [];
  let heldBytes = 0;
  const deflate = (last: boolean) => {
    const input = held.length === 1 ? held[0]! : Buffer.concat(held, heldBytes);
    pieces.push(deflateRawSync(input, { level, finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH }));
    [held, heldBytes] = [[], 0];
  };
  for (const chunk of chunks) {
    if (heldBytes + chunk.length > PACK_PIECE && heldBytes > 0) deflate(false);
    crc = crc32(chunk, crc);
    size += chunk.length;
    hash.update(chunk);
    held.push(chunk);
    heldBytes += chunk.length;
  }
  deflate(true);
  if (size > UINT32) throw new Error("A file of the ZIP is over 4 GiB, which this writer does not support (no ZIP64).");
  return { crc, size, sha256: hash.digest("hex"), packed: pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces) };
}

async function* packedZipChunks(entries: AsyncIterable<PackedEntry>): AsyncGenerator<Buffer> {
  const written: Written[] = [];
  let offset = 0;
  for await (const entry of entries) {
    const e: Written = { name: Buffer.from(entry.name, "utf8"), ...dosTime(entry.mtime), crc: entry.crc, packed: entry.packed.length, size: entry.size, offset };
    if (e.packed > UINT32) throw new Error(`${entry.name} is over 4 GiB, which this writer does not support (no ZIP64).`);
    const header = localHeader(e);
    const descriptor = dataDescriptor(e);
    offset += header.length + e.packed + descriptor.length;
    written.push(e);
    checkLimits(offset, written.length);
    yield Buffer.concat([header, entry.packed, descriptor]); // one piece for the stream, not three
  }
  const central = Buffer.concat(written.map(centralEntry));
  checkLimits(offset + central.length, written.length);
  yield Buffer.concat([central, endOfCentralDirectory(written.length, central.length, offset)]);
}

/** The ZIP of entries deflated beforehand, in the order they come. */
export function zipPackedStream(entries: AsyncIterable<PackedEntry>): Readable {
  return Readable.from(packedZipChunks(entries), { objectMode: false });
}
