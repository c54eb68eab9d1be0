// An import's progress and outcome, as the organizer's progress page shows it.
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { attendeeImports, type AttendeeImport } from "@/db/schema";
import type { Actor } from "../../auth/actor";
import { requireOrganizerOf } from "../../auth/access";
import { notFound } from "../../errors";
import { activeImports } from "./active-imports";
import type { ImportProblem } from "./run-import";

/** A "running" import untouched by this process for this long was cut off (a restart). */
const INTERRUPTED_AFTER_MS = 10 * 60 * 1000;

export type ImportStatus = {
  id: number;
  filename: string;
  status: "running" | "done" | "failed" | "interrupted";
  rowsTotal: number;
  rowsDone: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  problems: ImportProblem[];
  createdAt: Date;
  finishedAt: Date | null;
};

const COLUMNS = {
  id: attendeeImports.id,
  filename: attendeeImports.filename,
  status: attendeeImports.status,
  rowsTotal: attendeeImports.rowsTotal,
  rowsDone: attendeeImports.rowsDone,
  created: attendeeImports.created,
  updated: attendeeImports.updated,
  unchanged: attendeeImports.unchanged,
  rejected: attendeeImports.rejected,
  problems: attendeeImports.problems,
  createdAt: attendeeImports.createdAt,
  finishedAt: attendeeImports.finishedAt,
};

type Row = Pick<AttendeeImport, keyof typeof COLUMNS>;

function present(row: Row, now: Date): ImportStatus {
  // Another process (the CLI) may be writing it: only a long silence counts as interrupted.
  const cutOff = row.status === "running" && !activeImports().has(row.id) && now.getTime() - row.createdAt.getTime() > INTERRUPTED_AFTER_MS;
  return { ...row, status: cutOff ? "interrupted" : row.status, problems: row.problems ?? [] };
}

export function getImportStatus(actor: Actor, eventId: number, importId: number, now = new Date()): ImportStatus {
  requireOrganizerOf(actor, eventId);
  const row = getDb()
    .select(COLUMNS)
    .from(attendeeImports)
    .where(and(eq(attendeeImports.id, importId), eq(attendeeImports.eventId, eventId)))
    .get();
  if (!row) throw notFound("The import");
  return present(row, now);
}

/** The event's latest imports, newest first, without their problem lists. */
export function listImports(actor: Actor, eventId: number, limit = 10, now = new Date()): Omit<ImportStatus, "problems">[] {
  requireOrganizerOf(actor, eventId);
  const { problems: _, ...columns } = COLUMNS;
  return getDb()
    .select(columns)
    .from(attendeeImports)
    .where(eq(attendeeImports.eventId, eventId))
    .orderBy(desc(attendeeImports.id))
    .limit(limit)
    .all()
    .map((row) => {
      const { problems: __, ...status } = present({ ...row, problems: null }, now);
      return status;
    });
}
