// Writes one partner's file as CSV and records the export (who, when, rows, sha256 of the
// bytes) in the same transaction that read the rows, so the record describes exactly this file.
import { createHash } from "node:crypto";
import { getDb } from "@/db/client";
import { exportRows, exports, type ExportRecord } from "@/db/schema";
import { actorLabel, type Actor } from "../auth/actor";
import { requireOrganizerOf, requirePartnerAccess } from "../auth/access";
import { UTF8_BOM, csvRow } from "./csv";

export type Column<T> = readonly [name: string, get: (row: T) => string | number | null];

export type CsvSpec<T> = {
  format: ExportRecord["format"];
  filePrefix: string;
  columns: readonly Column<T>[];
  rows: Iterable<T>;
  /** Rows that hand over a contact: remembered, so a later withdrawal can be suppressed. */
  handsOver?: (row: T) => { attendeeId: number; consentId: number };
};

export type PartnerFile = { exportId: number; filename: string; content: Buffer; rows: number; sha256: string };

export function writeRecordedCsv<T>(actor: Actor, eventId: number, partnerId: number, spec: CsvSpec<T>, now = new Date()): PartnerFile {
  const organizer = requireOrganizerOf(actor, eventId);
  const partner = requirePartnerAccess(actor, eventId, partnerId);
  return getDb().transaction((tx) => {
    const { format, filePrefix, columns, rows, handsOver } = spec;
    const chunks: string[] = [UTF8_BOM, csvRow(columns.map(([name]) => name))];
    const handedOver: { attendeeId: number; consentId: number }[] = [];
    for (const row of rows) {
      chunks.push(csvRow(columns.map(([, get]) => get(row))));
      if (handsOver) handedOver.push(handsOver(row));
    }
    const content = Buffer.from(chunks.join(""), "utf8");
    const sha256 = createHash("sha256").update(content).digest("hex");
    const { id } = tx
      .insert(exports)
      .values({ eventId, partnerId, userId: organizer?.userId ?? null, actorLabel: actorLabel(actor), format, rows: chunks.length - 2, sha256, createdAt: now })
      .returning({ id: exports.id })
      .get();
    for (let i = 0; i < handedOver.length; i += 500) {
      tx.insert(exportRows).values(handedOver.slice(i, i + 500).map((r) => ({ exportId: id, ...r }))).run();
    }
    const stamp = now.toISOString().slice(0, 16).replace(/[-:]/g, "").replace("T", "-");
    return { exportId: id, filename: `${filePrefix}-${slug(partner.name)}-${stamp}.csv`, content, rows: chunks.length - 2, sha256 };
  });
}

function slug(name: string): string {
  return name.normalize("NFKD").replace(/[^\w]+/g, "-").replace(/^-|-$/g, "").toLowerCase() || "partner";
}
