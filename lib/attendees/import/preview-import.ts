// The preview: the first rows of a file exactly as the import would store them, with what each
// would do (new, update, unchanged) or why it would be skipped. Nothing is written.
import { getDb } from "@/db/client";
import type { Actor } from "../../auth/actor";
import { requireOrganizerOf } from "../../auth/access";
import { AppError } from "../../errors";
import { guessMapping } from "./guess-mapping";
import { CONTACT_FIELDS, mappingProblem, type ContactField, type ImportMapping } from "./import-fields";
import { lookupsFor } from "./lookups";
import { rowNormaliser, type RowProblem } from "./normalise-row";
import type { FileSample, ParsedFile, SourceRecord } from "./parsed-file";
import { planRow, seenInFile } from "./plan-row";

export const PREVIEW_ROWS = 10;

export type PreviewRow = {
  line: number;
  outcome: "new" | "update" | "unchanged" | "skipped";
  values: Record<ContactField | "externalId", string | null>;
  /** The badge code the attendee will have, or null when Fairlead issues one at import. */
  badgeCode: string | null;
  badgeSource: "vendor" | "issued" | "kept";
  problems: RowProblem[];
};

export type Inspection = {
  format: ParsedFile["format"];
  delimiter: string | null;
  headers: string[];
  rowsTotal: number;
  mapping: ImportMapping;
  /** The first records, raw: the preview is redrawn from them when the organizer changes the mapping. */
  sample: SourceRecord[];
  preview: PreviewRow[];
  mappingProblem: string | null;
};

/** A freshly uploaded file: its columns, the guessed mapping and the preview under it. */
export function inspectFile(actor: Actor, eventId: number, file: ParsedFile | FileSample): Inspection {
  requireOrganizerOf(actor, eventId);
  const mapping = guessMapping(file.headers);
  const sample = file.records.slice(0, PREVIEW_ROWS);
  const problem = mappingProblem(mapping, file.headers);
  return {
    format: file.format,
    delimiter: file.delimiter ?? null,
    headers: file.headers,
    rowsTotal: file.recordsTotal ?? file.records.length,
    mapping,
    sample,
    preview: problem ? [] : previewRows(eventId, file.headers, sample, mapping),
    mappingProblem: problem,
  };
}

/** The preview under a mapping the organizer chose. */
export function previewImport(actor: Actor, eventId: number, input: { headers: string[]; sample: SourceRecord[]; mapping: ImportMapping }): PreviewRow[] {
  requireOrganizerOf(actor, eventId);
  const problem = mappingProblem(input.mapping, input.headers);
  if (problem) throw new AppError("invalid", problem, { mapping: problem });
  return previewRows(eventId, input.headers, input.sample.slice(0, PREVIEW_ROWS), input.mapping);
}

function previewRows(eventId: number, headers: string[], sample: SourceRecord[], mapping: ImportMapping): PreviewRow[] {
  const normalise = rowNormaliser(mapping, headers);
  const records = sample.map((r) => normalise(r.cells, r.line));
  const rows = records.flatMap((r) => (r.row ? [r.row] : []));
  const lookups = lookupsFor(getDb(), eventId, {
    externalIds: rows.flatMap((r) => (r.externalId ? [r.externalId] : [])),
    emails: rows.map((r) => r.email),
    badgeCodes: rows.flatMap((r) => (r.badgeCode ? [r.badgeCode] : [])),
  });
  const seen = seenInFile();
  return records.map((record, i) => {
    const plan = planRow(record, lookups, seen, mapping, headers);
    const raw = (field: ContactField | "externalId") => {
      const column = mapping[field];
      return column === undefined ? null : sample[i]!.cells[column]?.trim() || null;
    };
    const blank = Object.fromEntries([...CONTACT_FIELDS, "externalId"].map((f) => [f, raw(f as ContactField)])) as PreviewRow["values"];
    if (plan.kind === "reject") return { line: record.line, outcome: "skipped", values: blank, badgeCode: null, badgeSource: "issued", problems: plan.problems };
    if (plan.kind === "create") {
      const values = { ...blank, ...Object.fromEntries(CONTACT_FIELDS.map((f) => [f, plan.row[f] ?? null])), externalId: plan.row.externalId };
      return { line: record.line, outcome: "new", values, badgeCode: plan.row.badgeCode, badgeSource: plan.row.badgeCode ? "vendor" : "issued", problems: [] };
    }
    const { id: _, badgeCode, ...stored } = plan.kind === "update" ? { ...plan.existing, ...plan.changes } : plan.existing;
    return { line: record.line, outcome: plan.kind, values: stored, badgeCode, badgeSource: "kept", problems: [] };
  });
}
