// Writes the record of finished export files: one exports row per file (who, when, which
// partner, format, rows, sha256 of the bytes, and for a leads file its snapshot's ledger mark,
// from which the contacts it handed over follow: lib/consent/handed-over.ts), and optionally
// an audit entry, all in one transaction. Called when a file's last byte has been sent (docs/decisions/008-streaming-exports.md).
import { getDb } from "@/db/client";
import type { ExportRecord } from "@/db/schema";
import { actorLabel, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import type { FileTally } from "./partner-files";

export type FinishedFile = { partnerId: number; format: ExportRecord["format"]; sha256: string; tally: FileTally };

export type AuditNote = { action: string; subject: string; details: Record<string, unknown> };

// One prepared statement instead of a query built per file: the ZIP of the biggest show records
// 2,000 files, and building each insert through the query builder took ~0.1 ms (docs/decisions/012).
// The columns are those of db/schema/exports.ts; created_at is epoch ms (timestamp_ms).
const INSERT_SQL = `insert into exports (event_id, partner_id, user_id, actor_label, format, rows, sha256, ledger_mark, created_at)
  values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id`;

export type Recorded = { exportId: number; format: ExportRecord["format"]; rows: number; sha256: string };

export function recordExports(
  actor: Actor,
  eventId: number,
  files: readonly FinishedFile[],
  now: Date,
  audit?: (exportIds: number[]) => AuditNote,
): number[] {
  const db = getDb();
  const userId = actor.kind === "organizer" ? actor.userId : null;
  const label = actorLabel(actor);
  const insert = db.$client.prepare(INSERT_SQL).pluck();
  return db.transaction((tx) => {
    const ids = files.map(({ partnerId, format, sha256, tally }) =>
      Number(insert.get(eventId, partnerId, userId, label, format, tally.rows, sha256, tally.ledgerMark, now.getTime())),
    );
    if (audit) {
      const { action, subject, details } = audit(ids);
      recordAudit(tx, actor, eventId, action, subject, details);
    }
    return ids;
  });
}

/**
 * Records the files of a long export (the ZIP) as they finish, a batch at a time: each batch is
 * one transaction, so the server stays responsive between batches and the write lock is held
 * briefly. The last flush carries the audit entry.
 */
export class ExportRecorder {
  private pending: FinishedFile[] = [];
  private pendingRows = 0;
  readonly recorded: Recorded[] = [];

  constructor(
    private readonly actor: Actor,
    private readonly eventId: number,
    private readonly now: Date,
    private readonly batchRows = 25_000,
  ) {}

  add(file: FinishedFile): void {
    this.pending.push(file);
    this.pendingRows += file.tally.rows;
    if (this.pendingRows >= this.batchRows) this.flush();
  }

  /** Records the files still pending; with `audit`, the audit entry too, about every file recorded. */
  flush(audit?: (recorded: Recorded[]) => AuditNote): void {
    const files = this.pending;
    [this.pending, this.pendingRows] = [[], 0];
    const made = (ids: number[]) => ids.map((exportId, i) => ({ exportId, format: files[i]!.format, rows: files[i]!.tally.rows, sha256: files[i]!.sha256 }));
    const ids = recordExports(this.actor, this.eventId, files, this.now, audit && ((ids) => audit([...this.recorded, ...made(ids)])));
    this.recorded.push(...made(ids));
  }
}
