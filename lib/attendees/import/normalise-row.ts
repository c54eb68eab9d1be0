// One file record → the values that will be stored, or the reasons it cannot be (zod at the
// edge, one schema per import). Text is kept as written: names in any script, apostrophes,
// and Company cells that look like formulas ("=HYPERLINK(…)", "+1 (555)…", "@SUM(…)") are
// stored as plain text; exports neutralise them (lib/exports/csv.ts), the import does not.
// Control characters and text-direction overrides are refused, the row listed with its problem
// (lib/fields.ts plainText, the same check as every form).
import { z } from "zod";
import { plainTextCheck } from "../../fields";
import { ImportEmail } from "./import-email";
import { CONTACT_FIELDS, FIELD_MAX, columnName, fieldName, type ContactField, type ImportField, type ImportMapping } from "./import-fields";

/**
 * What an accepted record stores. A contact field is present only when the file provides it
 * (its column is mapped), so a re-import without, say, a phone column leaves phones alone.
 */
export type NormalisedRow = Partial<Record<ContactField, string | null>> & {
  firstName: string;
  email: string;
  externalId: string | null;
  /** The vendor's badge code, or null: Fairlead issues one. */
  badgeCode: string | null;
};

export type RowProblem = { field: string; reason: string };
export type NormalisedRecord = { line: number; row: NormalisedRow | null; problems: RowProblem[] };

// Only the cell's own padding goes: inner tabs and line breaks are the registrant's text.
// CRLF inside a cell becomes LF, so the same export from Windows and from a Mac stores the same.
const clean = (v: string) => v.replace(/\r\n?/g, "\n").trim();

// Every field is one z.string() with checks only, run in order: `.overwrite` cleans, then the
// length and the characters are checked on the cleaned text (an empty optional cell becomes
// null after the parse). No `.transform`, `.pipe` or `.superRefine`: zod's transform and
// superRefine add a closure to every value's payload; run for every cell of a 187,654-row
// import, with the parsed file in the old generation, V8 promoted up to 2 GB of those
// short-lived objects. Checks alone promote nothing (docs/benchmarks/upload.md, 21:35).
const text = (field: ImportField) =>
  z
    .string()
    .overwrite(clean)
    .max(FIELD_MAX[field], `${fieldName(field)} is longer than ${FIELD_MAX[field]} characters.`)
    .check(plainTextCheck(fieldName(field), { lines: true }));

function splitFullName(full: string): { firstName: string; lastName: string } {
  const space = full.search(/\s/);
  return space < 0 ? { firstName: full, lastName: "" } : { firstName: full.slice(0, space), lastName: full.slice(space + 1).trim() };
}

export type RowNormaliser = (cells: readonly string[], line: number) => NormalisedRecord;

/** Builds the normaliser for one file's mapping (checked with mappingProblem beforehand). */
export function rowNormaliser(mapping: ImportMapping, headers: readonly string[]): RowNormaliser {
  const shape: Record<string, z.ZodType> = { email: ImportEmail, externalId: text("externalId"), badgeCode: text("badgeCode") };
  // An empty cell of these is stored as null (no value), not as "".
  const optional: ImportField[] = ["externalId", "badgeCode"];
  const byFullName = mapping.firstName === undefined;
  if (byFullName) shape.fullName = text("fullName").min(1, "The name is empty.");
  else shape.firstName = text("firstName").min(1, "The first name is empty.");
  // Last names may be empty: some people have one name only.
  if (mapping.lastName !== undefined) shape.lastName = text("lastName");
  for (const field of CONTACT_FIELDS) {
    if (!(field in shape) && mapping[field] !== undefined && field !== "firstName") {
      shape[field] = text(field);
      optional.push(field);
    }
  }
  const schema = z.object(shape);
  const fields = Object.keys(shape) as ImportField[];

  return (cells, line) => {
    const input: Record<string, string> = {};
    for (const field of fields) {
      const column = mapping[field];
      input[field] = column === undefined ? "" : (cells[column] ?? "");
    }
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => ({
        field: columnName(mapping, headers, issue.path[0] as ImportField),
        reason: issue.message,
      }));
      return { line, row: null, problems };
    }
    const { fullName, ...data } = parsed.data as Record<string, string | null>;
    for (const field of optional) data[field] ||= null;
    if (byFullName) {
      const names = splitFullName(fullName!);
      data.firstName = names.firstName;
      if (mapping.lastName === undefined) data.lastName = names.lastName;
    }
    return { line, row: data as NormalisedRow, problems: [] };
  };
}
