// Workbooks made to hurt the import (issue 13, finding 1), built byte by byte so a test (and
// `npm run bench:upload`) makes exactly the file it means: a zip of XML parts, deflated.
import zlib from "node:zlib";

/** A part deflated already: its compressed bytes and the size they unpack to. */
export type Deflated = { deflated: Buffer; size: number };

/** A zip archive of the given parts, deflated (as every spreadsheet writes them). */
export function zipParts(parts: Record<string, string | Buffer | Deflated>): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(parts)) {
    const raw = typeof content === "string" ? Buffer.from(content) : content;
    const data = Buffer.isBuffer(raw) ? zlib.deflateRawSync(raw) : raw.deflated;
    const size = Buffer.isBuffer(raw) ? raw.byteLength : raw.size;
    const nameBytes = Buffer.from(name);
    const crc = Buffer.isBuffer(raw) ? zlib.crc32(raw) : 0; // a bomb's checksum is never reached
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.byteLength, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.byteLength, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.byteLength, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(nameBytes.byteLength, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    central.push(entry, nameBytes);
    offset += local.byteLength + nameBytes.byteLength + data.byteLength;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length / 2, 8);
  end.writeUInt16LE(central.length / 2, 10);
  end.writeUInt32LE(directory.byteLength, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A one-sheet workbook around the given sheetData XML (and shared strings, when given). */
export function workbook(sheetData: string | Buffer, sharedStrings?: string | Buffer | Deflated): Buffer {
  const sheet = typeof sheetData === "string" ? `<?xml version="1.0"?><worksheet ${MAIN}><sheetData>${sheetData}</sheetData></worksheet>` : sheetData;
  return zipParts({
    "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    "_rels/.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0"?><workbook ${MAIN}><sheets><sheet name="Attendees" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    "xl/worksheets/sheet1.xml": sheet,
    ...(sharedStrings === undefined ? {} : { "xl/sharedStrings.xml": sharedStrings }),
  });
}

const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const header = `<row r="1">${inline("A1", "First name")}${inline("B1", "Last name")}${inline("C1", "Email")}`;

/** The finding's file: a header cell at XFD1, then `rows` one-cell rows (16 KB zipped). */
export function farAwayCell(rows = 2_000): Buffer {
  const body = Array.from({ length: rows }, (_, i) => `<row r="${i + 2}">${inline(`A${i + 2}`, `Ada${i}`)}</row>`).join("");
  return workbook(`${header}${inline("XFD1", "Far")}</row>${body}`);
}

/** A header, one attendee, then a million numbered rows with no cell (as a formatted sheet has). */
export function millionEmptyRows(): Buffer {
  const parts = [`<?xml version="1.0"?><worksheet ${MAIN}><sheetData>${header}</row><row r="2">${inline("A2", "Ada")}${inline("C2", "ada@example.com")}</row>`];
  for (let r = 3; r < 1_000_003; r++) parts.push(`<row r="${r}" spans="1:3" ht="15"/>`);
  parts.push("</sheetData></worksheet>");
  return workbook(Buffer.from(parts.join("")));
}

/**
 * Parts deflated one after the other into one stream (each flushed to a byte boundary, the
 * last block marked final), so a huge repeated part is made without holding it unpacked.
 */
function deflateRepeated(pieces: [Buffer, number][]): Deflated {
  const flushed = (bytes: Buffer) => zlib.deflateRawSync(bytes, { level: 9, finishFlush: zlib.constants.Z_SYNC_FLUSH });
  const chunks: Buffer[] = [];
  let size = 0;
  for (const [bytes, times] of pieces) {
    const once = flushed(bytes);
    for (let i = 0; i < times; i++) chunks.push(once);
    size += bytes.byteLength * times;
  }
  chunks.push(zlib.deflateRawSync(Buffer.alloc(0)));
  return { deflated: Buffer.concat(chunks), size };
}

/** A shared strings table that unpacks to `megabytes` MB of one repeated string (a zip bomb). */
export function sharedStringsBomb(megabytes = 1_000): Buffer {
  const si = `<si><t>${"x".repeat(1_000)}</t></si>`;
  const table = deflateRepeated([
    [Buffer.from(`<?xml version="1.0"?><sst ${MAIN}>`), 1],
    [Buffer.from(si.repeat(1_000)), megabytes], // ~1 MB each
    [Buffer.from("</sst>"), 1],
  ]);
  return workbook(`${header}</row><row r="2"><c r="A2" t="s"><v>0</v></c></row>`, table);
}

/** A sheet whose one cell sits `depth` elements deep. */
export function deeplyNested(depth = 1_000_000): Buffer {
  return workbook(Buffer.concat([Buffer.from(`<?xml version="1.0"?><worksheet ${MAIN}><sheetData>`), Buffer.from("<x>".repeat(depth)), Buffer.from("</x>".repeat(depth)), Buffer.from("</sheetData></worksheet>")]));
}
