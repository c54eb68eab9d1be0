// A leads file as CSV chunks, written into Buffers from the numbers-only lead rows and the
// export's cached cells (lead-cells.ts): no string or object per row on the hot path of the
// all-partners ZIP, but for a lead's tags and answers (parsed from their JSON when it has
// them). The bytes are those that csvChunks writes from leadColumns and readLeads, which stay
// the definition (and feed the XLSX file); lead-csv.test.ts checks the two agree on awkward values.
import type { Db } from "@/db/client";
import { joinTags, leadColumns, type ExportQuestion } from "./columns";
import { csvRow } from "./csv";
import { CsvBuffer } from "./csv-buffer";
import type { LeadCells } from "./lead-cells";
import { readLeadKeys } from "./read-partner-rows";

/** `after`: only the leads whose standing share is newer than this ledger mark (readLeads has the same filter). */
export function* leadCsvChunks(db: Db, cells: LeadCells, partnerId: number, questions: readonly ExportQuestion[], onRow: () => void, after = 0): Generator<Buffer> {
  const out = new CsvBuffer();
  out.bom();
  const header = Buffer.from(csvRow(leadColumns(questions).map(([name]) => name)), "utf8");
  out.raw(header, 0, header.length);
  const ids = questions.map((q) => String(q.id));
  for (const [attendeeId, consentId, consentAt, noticeId, language, consentDevice, firstVisit, lastVisit, lastDevice, rating, notes, tags, answers] of readLeadKeys(
    db,
    partnerId,
    after,
  )) {
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
    out.comma();
    const tagCell = tags === null ? null : joinTags(JSON.parse(tags) as string[]);
    if (tagCell) out.cell(tagCell);
    const answered = answers === null ? null : (JSON.parse(answers) as Record<string, string>);
    for (const id of ids) {
      out.comma();
      const answer = answered?.[id];
      if (answer) out.cell(answer);
    }
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
