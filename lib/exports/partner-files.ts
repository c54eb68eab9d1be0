// What goes into each partner's export file, and what the file is called. Shared by the single
// download (and the command line) and the all-partners ZIP.
import type { Db } from "@/db/client";
import type { ExportRecord } from "@/db/schema";
import { SUPPRESSION_COLUMNS, leadColumns } from "./columns";
import type { Readable } from "node:stream";
import { csvChunks, type RowSource } from "./csv-file";
import { LeadCells } from "./lead-cells";
import { leadCsvChunks } from "./lead-csv";
import { readLedgerMark, readLeads, readQuestions, readSuppressions } from "./read-partner-rows";
import type { XlsxAppendix } from "./export-checkpoint";
import { xlsxStream } from "./xlsx-file";
import { crmChunks, type CrmFormat } from "./crm-files";
import { slug } from "./slug";

export type FileKind = "leads" | "suppression";
/** A spreadsheet's format, for either file; a CRM's, for leads only (crm-files.ts). */
export type FileFormat = "csv" | "xlsx" | CrmFormat;

/**
 * Counted while the file is written. A leads file also carries its snapshot's ledger mark: the
 * contacts it handed over are the grants standing at that mark (lib/consent/handed-over.ts).
 */
export type FileTally = { rows: number; ledgerMark: number | null };

/** One file's rows, ready to be written in either format (each may be written once). */
export type PartnerFileSource = {
  kind: FileKind;
  tally: FileTally;
  csv: () => Generator<Buffer>;
  xlsx: (created: Date, appendix?: XlsxAppendix) => Readable;
  /** A leads file for a CRM; null for a suppression list. */
  crm: ((format: CrmFormat) => Generator<Buffer>) | null;
};

function fileSource<T>(kind: FileKind, tally: FileTally, source: RowSource<T>, sheet: string): PartnerFileSource {
  return { kind, tally, csv: () => csvChunks(source), xlsx: (created, appendix) => xlsxStream(source, sheet, created, appendix), crm: null };
}

/**
 * `cells`: the export's cache of repeated cells (lead-cells.ts), shared by all files of one
 * snapshot; a single download makes its own, which fills as its leads are read. `after`: a
 * leads file of only the shares newer than this ledger mark (since-last-export.ts); 0, all.
 */
export function partnerFileSource(db: Db, partnerId: number, kind: FileKind, cells = new LeadCells(db), after = 0): PartnerFileSource {
  const leads = kind === "leads";
  const tally: FileTally = { rows: 0, ledgerMark: leads ? readLedgerMark(db) : null };
  const onRow = () => void tally.rows++;
  if (!leads) return fileSource(kind, tally, { columns: SUPPRESSION_COLUMNS, rows: readSuppressions(db, partnerId), onRow }, "Suppression list");
  // CSV from cached cells and numbers (lead-csv.ts); XLSX wants text per cell, from the full rows.
  const questions = readQuestions(db, partnerId);
  const source = fileSource(kind, tally, { columns: leadColumns(questions), rows: readLeads(db, partnerId, after), onRow }, "Leads");
  return {
    ...source,
    csv: () => leadCsvChunks(db, cells, partnerId, questions, onRow, after),
    crm: (format) => crmChunks(format, { rows: readLeads(db, partnerId, after), onRow }, questions),
  };
}

export function exportFormat(kind: FileKind, format: FileFormat): ExportRecord["format"] {
  if (kind === "suppression") return format === "xlsx" ? "suppression_xlsx" : "suppression_csv";
  return format === "hubspot" || format === "salesforce" ? `${format}_csv` : format;
}

export const CONTENT_TYPE: Record<FileFormat | "zip", string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  hubspot: "text/csv; charset=utf-8",
  salesforce: "text/csv; charset=utf-8",
  vcard: "text/vcard; charset=utf-8",
  zip: "application/zip",
};

/** A file's extension, and for a CRM's file its name before it. */
const EXTENSION: Record<FileFormat, string> = { csv: "csv", xlsx: "xlsx", hubspot: "csv", salesforce: "csv", vcard: "vcf" };

/** "20260314-1745" (UTC), for download names. */
export function stamp(now: Date): string {
  return now.toISOString().slice(0, 16).replace(/[-:]/g, "").replace("T", "-");
}

/**
 * `<partner-slug>-<id>-leads.csv`: the id makes it unique even when two names slug alike. A
 * download adds its time and the checkpoint it falls under (`-checkpoint-<id>`, export-checkpoint.ts).
 */
export function partnerFileName(partner: { id: number; name: string }, kind: FileKind, format: FileFormat, now?: Date, suffix = ""): string {
  const crm = format === "hubspot" || format === "salesforce" ? `-${format}` : "";
  return `${slug(partner.name)}-${partner.id}-${kind}${crm}${now ? `-${stamp(now)}` : ""}${suffix}.${EXTENSION[format]}`;
}
