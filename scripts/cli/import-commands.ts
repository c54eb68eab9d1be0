// import: attendees from a registration system's CSV or XLSX export, through the same path as
// the upload page (guessed columns, corrected with --map; chunks; problems listed by line).
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { guessMapping } from "@/lib/attendees/import/guess-mapping";
import { IMPORT_FIELDS, fieldName, type ImportField, type ImportMapping } from "@/lib/attendees/import/import-fields";
import { getImportStatus } from "@/lib/attendees/import/import-status";
import { parseFile } from "@/lib/attendees/import/parse-file";
import { startImport } from "@/lib/attendees/import/start-import";
import { OPERATOR } from "@/lib/auth/actor";
import { AppError, parseInput } from "@/lib/errors";
import { findEventBySlug } from "@/lib/events/events";
import type { Command } from "./commands";

const required = (label: string) => z.string({ message: `--${label} is required.` }).min(1, `--${label} is required.`);
const fieldNames = IMPORT_FIELDS.map((f) => f.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));

/** --map first-name="Given name" (or firstName=…; an empty header leaves the field out). */
export function mappingOverrides(maps: readonly string[], headers: readonly string[]): ImportMapping {
  const overrides: ImportMapping = {};
  const unmapped: ImportField[] = [];
  for (const entry of maps) {
    const eq = entry.indexOf("=");
    const name = eq < 0 ? entry : entry.slice(0, eq);
    const field = IMPORT_FIELDS.find((f, i) => f === name || fieldNames[i] === name);
    if (eq < 0 || !field) throw new AppError("invalid", `--map takes field=Header, with a field among: ${fieldNames.join(", ")}. Got "${entry}".`);
    const header = entry.slice(eq + 1).trim();
    if (header === "") {
      unmapped.push(field);
      continue;
    }
    const column = headers.findIndex((h) => h.toLowerCase() === header.toLowerCase());
    if (column < 0) throw new AppError("invalid", `--map ${name}: the file has no column "${header}". Its columns: ${headers.map((h) => `"${h}"`).join(", ")}.`);
    overrides[field] = column;
  }
  for (const field of unmapped) overrides[field] = undefined;
  return overrides;
}

const describe = (mapping: ImportMapping, headers: readonly string[]) =>
  IMPORT_FIELDS.filter((f) => mapping[f] !== undefined)
    .map((f) => `  ${fieldName(f)} ← "${headers[mapping[f]!]}"`)
    .join("\n");

export const IMPORT_COMMANDS: Record<string, Command> = {
  import: {
    summary: "Import attendees from a registration export (CSV or XLSX); re-importing never duplicates anyone",
    usage: '--event SLUG --file F [--map field="Header" …] (fields: first-name, last-name, email, …; field= leaves it out)',
    // `multiple` lets --map repeat.
    options: { event: { type: "string" }, file: { type: "string" }, map: { type: "string", multiple: true } },
    async run(v) {
      const event = findEventBySlug(OPERATOR, parseInput(required("event"), v.event));
      const filePath = parseInput(required("file"), v.file);
      if (!fs.existsSync(filePath)) throw new AppError("not_found", `The file ${filePath} was not found.`);
      const file = await parseFile(fs.readFileSync(filePath), path.basename(filePath));
      const maps = ([] as string[]).concat((v.map as unknown as string[] | string | undefined) ?? []);
      const mapping = Object.fromEntries(
        Object.entries({ ...guessMapping(file.headers), ...mappingOverrides(maps, file.headers) }).filter(([, c]) => c !== undefined),
      ) as ImportMapping;
      console.error(`Columns:\n${describe(mapping, file.headers)}`);
      const { importId, done } = startImport(OPERATOR, event.id, { filename: path.basename(filePath), file, mapping });
      const ticker = setInterval(() => {
        const s = getImportStatus(OPERATOR, event.id, importId);
        console.error(`  ${s.rowsDone} of ${s.rowsTotal} rows…`);
      }, 2000);
      const result = await done.finally(() => clearInterval(ticker));
      for (const p of result.problems) console.log(p.line > 0 ? `line ${p.line}: ${p.field}: ${p.reason}` : p.reason);
      console.log(
        `Import ${importId} into ${event.slug}: ${result.created} added, ${result.updated} updated, ${result.unchanged} unchanged, ${result.rejected} skipped.`,
      );
      if (result.status === "failed") throw new AppError("conflict", "The import stopped before the end of the file (see above).");
    },
  },
};
