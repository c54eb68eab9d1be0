// CSV cells written straight into preallocated Buffers as UTF-8, for the leads files of the
// all-partners ZIP (380,000 rows on the biggest show): building a JavaScript string per row
// and then encoding it cost about two seconds (docs/decisions/012). The bytes are exactly those
// of csv.ts (csvCell) and iso-time.ts, which stay the definition; csv-buffer.test.ts compares them.
import { UTF8_BOM, csvCell, type CellValue } from "./csv";
import { dayPrefix, isoTime, splitTime } from "./iso-time";

/** A chunk is handed on once it holds this much, as csv-file.ts does with its ~64 KB chunks. */
export const CHUNK_BYTES = 64 * 1024;
const SLACK = 16 * 1024; // room for the row that crosses CHUNK_BYTES; longer rows grow the buffer

const [COMMA, CR, LF] = [0x2c, 0x0d, 0x0a];
const MAX_FAST_MS = 253_402_300_800_000; // 10000-01-01: later years are written with a sign by toISOString
const days = new Map<number, Buffer>();
const clock = new Int32Array(4); // hours, minutes, seconds, milliseconds of the time being written
const BOM = Buffer.from(UTF8_BOM, "utf8");

/** dayPrefix (iso-time.ts) as bytes. */
function dayPrefixBytes(day: number): Buffer {
  let prefix = days.get(day);
  if (prefix === undefined) {
    if (days.size > 4096) days.clear();
    days.set(day, (prefix = Buffer.from(dayPrefix(day), "latin1")));
  }
  return prefix;
}

/** The UTF-8 bytes of one CSV cell (csvCell), for values that are cached per export. */
export function cellBytes(value: CellValue): Buffer {
  return Buffer.from(csvCell(value), "utf8");
}

export class CsvBuffer {
  private buf = Buffer.alloc(0); // allocated on the first write after each chunk
  private at = 0;

  /** Starts a file: the byte-order mark Excel needs (csv.ts). */
  bom(): void {
    this.raw(BOM, 0, BOM.length);
  }

  /** Bytes that are already CSV (a cached cell or several): copied as they are. */
  raw(source: Buffer, start: number, end: number): void {
    this.room(end - start);
    this.at += source.copy(this.buf, this.at, start, end);
  }

  comma(): void {
    this.room(1);
    this.buf[this.at++] = COMMA;
  }

  endRow(): void {
    this.room(2);
    this.buf[this.at++] = CR;
    this.buf[this.at++] = LF;
  }

  /** Any cell, exactly as csvCell writes it. */
  cell(value: CellValue): void {
    if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return this.digits(value);
    if (value === null || value === undefined || value === "") return;
    const text = csvCell(value);
    this.room(text.length * 3);
    this.at += this.buf.write(text, this.at, "utf8");
  }

  /** An epoch-ms time as iso-time.ts writes it ("2026-03-14T09:05:07.042Z"); null is an empty cell. */
  iso(ms: number | null): void {
    if (ms === null) return;
    if (!Number.isInteger(ms) || ms < 0 || ms >= MAX_FAST_MS) return this.cell(isoTime(ms));
    const prefix = dayPrefixBytes(splitTime(ms, clock));
    this.raw(prefix, 0, prefix.length);
    const h = clock[0]!;
    const m = clock[1]!;
    const s = clock[2]!;
    const rest = clock[3]!;
    this.room(13);
    const b = this.buf;
    let i = this.at;
    b[i++] = 0x30 + ((h / 10) | 0);
    b[i++] = 0x30 + (h % 10);
    b[i++] = 0x3a;
    b[i++] = 0x30 + ((m / 10) | 0);
    b[i++] = 0x30 + (m % 10);
    b[i++] = 0x3a;
    b[i++] = 0x30 + ((s / 10) | 0);
    b[i++] = 0x30 + (s % 10);
    b[i++] = 0x2e;
    b[i++] = 0x30 + ((rest / 100) | 0);
    b[i++] = 0x30 + (((rest / 10) | 0) % 10);
    b[i++] = 0x30 + (rest % 10);
    b[i++] = 0x5a;
    this.at = i;
  }

  /** A non-negative safe integer in decimal, as String(n) writes it. */
  digits(n: number): void {
    let width = 1;
    for (let p = 10; p <= n && width < 16; p *= 10) width++;
    this.room(width);
    let i = this.at + width;
    this.at = i;
    do {
      this.buf[--i] = 0x30 + (n % 10);
      n = Math.floor(n / 10);
    } while (n > 0);
  }

  /** The bytes written so far once they make a chunk, else null; the chunk is then the caller's. */
  full(): Buffer | null {
    return this.at >= CHUNK_BYTES ? this.take() : null;
  }

  /** Whatever is left, as the file's last chunk. */
  take(): Buffer {
    const chunk = this.buf.subarray(0, this.at);
    this.buf = Buffer.alloc(0); // a chunk handed on is never written again
    this.at = 0;
    return chunk;
  }

  private room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.at + n, CHUNK_BYTES + SLACK));
    this.buf.copy(bigger, 0, 0, this.at);
    this.buf = bigger;
  }
}
