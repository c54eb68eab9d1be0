// A leads file as CSV chunks, written into Buffers from the numbers-only lead rows and the
// export's cached cells (lead-cells.ts): no string or object per row on the hot path of the
// all-partners ZIP. The bytes are those that csvChunks writes from
// LEAD_COLUMNS and readLeads, which stay the definition (and feed the XLSX file);
// lead-csv.test.ts checks the two agree on awkward values.
import type { Db } from "@/db/client";
import { LEAD_COLUMNS } from "./columns";
import { csvRow } from "./csv";
import { CsvBuffer } from "./csv-buffer";
import type { LeadCells } from "./lead-cells";
import { readLeadKeys } from "./read-partner-rows";

const HEADER = Buffer.from(csvRow(LEAD_COLUMNS.map(([name]) => name)), "utf8");

export function* leadCsvChunks(db: Db, cells: LeadCells, partnerId: number, onRow: () => void): Generator<Buffer> {
  const out = new CsvBuffer();
  out.bom();
  out.raw(HEADER, 0, HEADER.length);
  for (const [attendeeId, consentId, consentAt, noticeId, language, consentDevice, firstVisit, lastVisit, lastDevice, rating, notes] of readLeadKeys(db, partnerId)) {
    const version = cells.noticeVersion(noticeId);
    if (version === null || !cells.writeContact(out, attendeeId)) continue;
    out.comma();
    out.iso(firstVisit);
    out.comma();
    out.iso(lastVisit);
    out.comma();
    const device = cells.device(lastDevice) ?? cells.device(consentDevice); // coalesce(vd.name, cd.name)
    if (device) out.raw(device, 0, device.length);
    out.comma();
    if (rating !== null) cellOf(out, cells, rating);
    out.comma();
    if (notes) out.cell(notes); // "" is no notes, as LEAD_COLUMNS has it
    out.comma();
    out.cell(consentId);
    out.comma();
    out.iso(consentAt);
    out.comma();
    out.cell(version);
    out.comma();
    cellOf(out, cells, language);
    out.endRow();
    onRow();
    const chunk = out.full();
    if (chunk) yield chunk;
  }
  yield out.take();
}

function cellOf(out: CsvBuffer, cells: LeadCells, text: string): void {
  const bytes = cells.text(text);
  out.raw(bytes, 0, bytes.length);
}
