// Writes the record of finished export files: one exports row per file (who, when, which
// partner, format, rows, sha256 of the bytes, the signed checkpoint it names, and for a leads file
// its snapshot's ledger mark, from which the contacts it handed over follow:
// lib/consent/handed-over.ts), and optionally
// an audit entry, all in one transaction. Called once the files' last bytes have been sent
// (docs/decisions/008-streaming-exports.md).
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { prepared } from "@/db/prepared";
import { exports, type ExportRecord } from "@/db/schema";
import { actorLabel, actorUserId, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import type { FileTally } from "./partner-files";

/** `sinceExportId`: a "new since the last export" file, the export it continues (since-last-export.ts). */
export type FinishedFile = { partnerId: number; format: ExportRecord["format"]; sha256: string; tally: FileTally; sinceExportId?: number | null };

export type AuditNote = { action: string; subject: string; details: Record<string, unknown> };

export type Recorded = { exportId: number; format: ExportRecord["format"]; rows: number; sha256: string };

const p = (name: string) => sql.placeholder(name);
// Prepared once: the ZIP of the biggest show records 2,000 files in one go.
const insertExport = prepared((db) =>
  db
    .insert(exports)
    .values({
      eventId: p("eventId"), partnerId: p("partnerId"), userId: p("userId"), actorLabel: p("actorLabel"), format: p("format"),
      rows: p("rows"), sha256: p("sha256"), ledgerMark: p("ledgerMark"), checkpointId: p("checkpointId"), sinceExportId: p("sinceExportId"), createdAt: p("createdAt"),
    })
    .returning({ id: exports.id })
    .prepare(),
);

/**
 * Records the files, and with `audit` an audit entry about them, in one transaction. `checkpointId`:
 * the checkpoint the files name (lib/ledger/checkpoint-for-export.ts), written before they were sent.
 */
export function recordExports(
  actor: Actor,
  eventId: number,
  files: readonly FinishedFile[],
  { now, checkpointId }: { now: Date; checkpointId: number | null },
  audit?: (recorded: Recorded[]) => AuditNote,
): Recorded[] {
  const db = getDb();
  const userId = actorUserId(actor);
  const label = actorLabel(actor);
  return db.transaction((tx) => {
    const recorded = files.map(({ partnerId, format, sha256, tally, sinceExportId = null }): Recorded => {
      const row = { eventId, partnerId, userId, actorLabel: label, format, rows: tally.rows, sha256, ledgerMark: tally.ledgerMark, checkpointId, sinceExportId, createdAt: now };
      return { exportId: insertExport(db).get(row).id, format, rows: tally.rows, sha256 };
    });
    if (audit) {
      const { action, subject, details } = audit(recorded);
      recordAudit(tx, actor, eventId, action, subject, details);
    }
    return recorded;
  });
}
