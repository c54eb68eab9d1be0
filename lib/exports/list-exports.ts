// The export history of an event: who exported which partner's file, when, in which format,
// with how many rows, the sha256 of the bytes sent and the signed ledger checkpoint the file
// names (docs/decisions/020), and for a "new since the last export" file the export it
// continues. Organizers see the event's, a partner's admins their own.
import { and, desc, eq, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "@/db/client";
import { exports, partners, type ExportRecord } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { requireOrganizerOf, requirePartnerManager } from "../auth/access";

export type ExportHistoryEntry = {
  id: number;
  createdAt: Date;
  actorLabel: string;
  partnerId: number;
  partnerName: string;
  format: ExportRecord["format"];
  rows: number;
  sha256: string;
  checkpointId: number | null;
  /** A "new since the last export" file: when the export it continues was made (null: a whole list). */
  sinceAt: Date | null;
};

const since = alias(exports, "since");

export function listExports(actor: Actor, eventId: number, limit = 500): ExportHistoryEntry[] {
  requireOrganizerOf(actor, eventId);
  return history(eq(exports.eventId, eventId), limit);
}

/** One partner's files, for its admins' workspace (and its organizers). */
export function listPartnerExports(actor: Actor, eventId: number, partnerId: number, limit = 200): ExportHistoryEntry[] {
  requirePartnerManager(actor, eventId, partnerId);
  return history(and(eq(exports.eventId, eventId), eq(exports.partnerId, partnerId))!, limit);
}

function history(where: SQL, limit: number): ExportHistoryEntry[] {
  return getDb()
    .select({
      id: exports.id,
      createdAt: exports.createdAt,
      actorLabel: exports.actorLabel,
      partnerId: exports.partnerId,
      partnerName: partners.name,
      format: exports.format,
      rows: exports.rows,
      sha256: exports.sha256,
      checkpointId: exports.checkpointId,
      sinceAt: since.createdAt,
    })
    .from(exports)
    .innerJoin(partners, eq(partners.id, exports.partnerId))
    .leftJoin(since, eq(since.id, exports.sinceExportId))
    .where(where)
    .orderBy(desc(exports.id))
    .limit(limit)
    .all();
}
