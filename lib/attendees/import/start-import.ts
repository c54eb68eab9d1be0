// Starts an attendee import: checks the actor and the mapping, records the import (status
// "running") and hands back its id at once; the rows are written in chunks afterwards, in this
// process, while the organizer's page polls the progress (lib/attendees/import/run-import.ts).
import { getDb } from "@/db/client";
import { attendeeImports } from "@/db/schema";
import type { Actor } from "../../auth/actor";
import { requireOrganizerOf } from "../../auth/access";
import { AppError } from "../../errors";
import { mappingProblem, type ImportMapping } from "./import-fields";
import type { ParsedFile } from "./parsed-file";
import { runImport, type ImportOutcome } from "./run-import";

export type StartedImport = { importId: number; done: Promise<ImportOutcome> };

export function startImport(actor: Actor, eventId: number, input: { filename: string; file: ParsedFile; mapping: ImportMapping }): StartedImport {
  const organizer = requireOrganizerOf(actor, eventId);
  const { file, mapping } = input;
  const problem = mappingProblem(mapping, file.headers);
  if (problem) throw new AppError("invalid", problem, { mapping: problem });
  const filename = input.filename.trim().slice(0, 200) || "upload";
  const { id } = getDb()
    .insert(attendeeImports)
    .values({ eventId, userId: organizer?.userId ?? null, filename, status: "running", rowsTotal: file.records.length, problems: [] })
    .returning({ id: attendeeImports.id })
    .get();
  const done = runImport(actor, { importId: id, eventId, filename, file, mapping });
  return { importId: id, done };
}
