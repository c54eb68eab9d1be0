// Test-only readers for export files, written from the specs rather than with the library that
// wrote the file: RFC 4180 CSV, and ZIP through its central directory (stored or deflated
// entries, each checked against its CRC-32 and size). Used by lib/exports tests and e2e/.
import { crc32, inflateRawSync } from "node:zlib";
import type { Readable } from "node:stream";
import ExcelJS from "exceljs";

/** RFC 4180: fields may be quoted; "" inside quotes is one quote; records end with CRLF. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' && field === "") {
      for (i++; ; i++) {
        if (i >= text.length) throw new Error("unterminated quoted field");
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i++;
        } else if (text[i] === '"') break;
        else field += text[i];
      }
      i++;
      if (i < text.length && text[i] !== "," && text[i] !== "\r") throw new Error(`stray character after quote at ${i}`);
    } else if (c === ",") {
      record.push(field);
      field = "";
      i++;
    } else if (c === "\r" && text[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i += 2;
    } else if (c === "\r" || c === "\n") throw new Error(`bare line break at ${i} (records must end with CRLF)`);
    else {
      field += c;
      i++;
    }
  }
  if (field !== "" || record.length > 0) throw new Error("last record is not CRLF-terminated");
  return records;
}

/** A CSV export file (BOM required) as its header and its records. */
export function readCsvFile(content: Buffer): { header: string[]; records: string[][] } {
  const text = content.toString("utf8");
  if (!text.startsWith("\uFEFF")) throw new Error("no UTF-8 byte-order mark");
  const [header, ...records] = parseCsv(text.slice(1));
  if (!header) throw new Error("no header row");
  return { header, records };
}

/** Every entry of a ZIP file, by name, read through the central directory. */
export function readZip(zip: Buffer): Map<string, Buffer> {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error("no end of central directory record");
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry ${n}`);
    const method = zip.readUInt16LE(at + 10);
    const [crc, packed, size] = [zip.readUInt32LE(at + 16), zip.readUInt32LE(at + 20), zip.readUInt32LE(at + 24)];
    const [nameLength, extraLength, commentLength] = [zip.readUInt16LE(at + 28), zip.readUInt16LE(at + 30), zip.readUInt16LE(at + 32)];
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLength);
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error(`bad local header for ${name}`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + packed);
    const content = method === 0 ? Buffer.from(data) : method === 8 ? inflateRawSync(data) : null;
    if (!content) throw new Error(`${name}: compression method ${method}`);
    if (content.length !== size || crc32(content) !== crc) throw new Error(`${name}: size or CRC-32 does not match`);
    entries.set(name, content);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Reads a stream to its end. */
export async function drain(stream: Readable): Promise<Buffer> {
  return Buffer.concat((await stream.toArray()) as Buffer[]);
}

/** The first sheet of an XLSX file as rows of text, read back with exceljs ("" for an empty cell). */
export async function readXlsxRows(content: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("no worksheet");
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells = Array.from({ length: sheet.columnCount }, (_, i) => row.getCell(i + 1).value);
    for (const value of cells) if (value !== null && typeof value !== "string") throw new Error(`a ${typeof value} cell: ${JSON.stringify(value)}`);
    rows.push(cells.map((value) => (value as string | null) ?? ""));
  });
  return rows;
}
