// The export history of an event: who exported which partner's file, when, in which format,
// with how many rows, the sha256 of the bytes sent and the signed ledger checkpoint the file
// names (docs/decisions/020). Organizers only.
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { exports, partners, type ExportRecord } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { requireOrganizerOf } from "../auth/access";

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
};

export function listExports(actor: Actor, eventId: number, limit = 500): ExportHistoryEntry[] {
  requireOrganizerOf(actor, eventId);
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
    })
    .from(exports)
    .innerJoin(partners, eq(partners.id, exports.partnerId))
    .where(eq(exports.eventId, eventId))
    .orderBy(desc(exports.id))
    .limit(limit)
    .all();
}
