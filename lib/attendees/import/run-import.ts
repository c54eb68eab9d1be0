// Writes an import's rows in chunks of CHUNK_ROWS, one IMMEDIATE transaction each, and records
// the progress in attendee_imports inside the same transaction, so the progress shown is
// always exactly what is stored. Between chunks the event loop runs: the server keeps
// answering (the progress page polls) while 100,000 rows go in. A row is written whole or not
// at all; good rows are imported, each bad one is listed with its line, column and reason.
// Only startImport calls this, after checking the actor and the mapping.
import { eq } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { attendeeImports } from "@/db/schema";
import type { Actor } from "../../auth/actor";
import { recordAudit } from "../../audit/record-audit";
import { AppError } from "../../errors";
import { activeImports } from "./active-imports";
import type { ImportMapping } from "./import-fields";
import { emptyLookups, refreshLookups, remember } from "./lookups";
import { rowNormaliser } from "./normalise-row";
import type { ParsedFile } from "./parsed-file";
import { planRow, seenInFile } from "./plan-row";
import { attendeeWriter } from "./write-attendees";

// A chunk holds the event loop while it writes (about 20 ms at 250 rows): 2,000-row chunks
// stalled other requests by 230 ms during a 49 MB import (bench:upload); 250 keeps them under
// 70 ms, for about a fifth more import time.
export const CHUNK_ROWS = 250;
/** Problems kept per import; the rejected count stays exact beyond it. */
export const MAX_PROBLEMS = 1000;

export type ImportProblem = { line: number; field: string; reason: string };
export type ImportCounts = { rowsDone: number; created: number; updated: number; unchanged: number; rejected: number };
export type ImportOutcome = ImportCounts & { status: "done" | "failed"; problems: ImportProblem[] };

type Job = { importId: number; eventId: number; filename: string; file: ParsedFile; mapping: ImportMapping };

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function runImport(actor: Actor, job: Job): Promise<ImportOutcome> {
  const { importId, eventId, file, mapping } = job;
  activeImports().add(importId);
  await nextTurn(); // let the caller answer with the import id before the first chunk
  const db = getDb();
  const normalise = rowNormaliser(mapping, file.headers);
  const writer = attendeeWriter(db);
  const lookups = emptyLookups();
  const seen = seenInFile();
  let counts: ImportCounts = { rowsDone: 0, created: 0, updated: 0, unchanged: 0, rejected: 0 };
  let problems: ImportProblem[] = [];
  try {
    for (let start = 0; start < file.records.length; start += CHUNK_ROWS) {
      const end = Math.min(start + CHUNK_ROWS, file.records.length);
      const last = end === file.records.length;
      const next = { ...counts };
      const nextProblems = [...problems];
      db.transaction(
        (tx) => {
          refreshLookups(tx, eventId, lookups);
          for (let i = start; i < end; i++) {
            const source = file.records.at(i)!;
            const record = normalise(source.cells, source.line);
            const plan = planRow(record, lookups, seen, mapping, file.headers);
            if (plan.kind === "reject") {
              next.rejected++;
              for (const p of plan.problems) if (nextProblems.length < MAX_PROBLEMS) nextProblems.push({ line: record.line, ...p });
            } else if (plan.kind === "unchanged") next.unchanged++;
            else if (plan.kind === "update") {
              writer.update(eventId, plan.existing, plan.changes);
              remember(lookups, plan.existing);
              next.updated++;
            } else {
              // Nothing of the created attendee is remembered but its id: a later line with its
              // id, email or vendor badge code is refused by `seen` first, and a badge code issued
              // here (130 random bits) is on no line of the file. Remembering each one held the
              // file's contacts again (issue 13, bench:upload).
              // The chunk holds the write lock since its refresh: nobody else added rows in between.
              lookups.lastId = writer.create(eventId, plan.row).id;
              next.created++;
            }
            next.rowsDone++;
          }
          const status = last ? "done" : "running";
          saveProgress(tx, importId, next, nextProblems, status);
          if (last) recordAudit(tx, actor, eventId, "attendees.import", job.filename, { importId, status, rowsTotal: file.records.length, ...next });
        },
        { behavior: "immediate" },
      );
      counts = next; // the chunk is committed: only now do its counts count
      problems = nextProblems;
      if (!last) await nextTurn();
    }
    return { status: "done", ...counts, problems };
  } catch (error) {
    return fail(db, actor, job, counts, problems, error);
  } finally {
    activeImports().delete(importId);
  }
}

function saveProgress(tx: Pick<Db, "update">, importId: number, counts: ImportCounts, problems: ImportProblem[], status: "running" | "done" | "failed") {
  tx.update(attendeeImports)
    .set({ ...counts, problems, status, finishedAt: status === "running" ? null : new Date() })
    .where(eq(attendeeImports.id, importId))
    .run();
}

/** Stops the import where it is: earlier chunks stay (a new import of the file matches them), the failed one left nothing. */
function fail(db: Db, actor: Actor, job: Job, counts: ImportCounts, problems: ImportProblem[], error: unknown): ImportOutcome {
  if (!(error instanceof AppError)) console.error(error);
  const firstLine = job.file.records.at(counts.rowsDone)?.line;
  const reason =
    `The import stopped${firstLine ? ` at line ${firstLine}` : ""}: ${error instanceof AppError ? error.message : "an unexpected error on our side"}. ` +
    "Rows before it were imported; import the file again to finish (nobody is added twice).";
  const withReason = [...problems.slice(0, MAX_PROBLEMS - 1), { line: 0, field: "", reason }];
  db.transaction((tx) => {
    saveProgress(tx, job.importId, counts, withReason, "failed");
    recordAudit(tx, actor, job.eventId, "attendees.import", job.filename, { importId: job.importId, status: "failed", rowsTotal: job.file.records.length, ...counts });
  });
  return { status: "failed", ...counts, problems: withReason };
}
