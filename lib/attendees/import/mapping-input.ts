// The mapping as it arrives from a form or the upload (zod at the edge): field → column index.
import { z } from "zod";
import { IMPORT_FIELDS, type ImportField, type ImportMapping } from "./import-fields";

const Column = z.number().int().min(0).max(10_000).nullish();

export const ImportMappingInput = z
  .object(Object.fromEntries(IMPORT_FIELDS.map((f) => [f, Column])) as Record<ImportField, typeof Column>)
  .strict()
  .transform((m) => Object.fromEntries(Object.entries(m).filter(([, v]) => v !== null && v !== undefined)) as ImportMapping);
