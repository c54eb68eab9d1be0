// One partner's consented contacts as a CSV file, recorded in the export audit table with the
// file's sha256 and row count.
import { getDb } from "@/db/client";
import { exports } from "@/db/schema";
import { actorLabel, type Actor } from "../auth/actor";
import { requireOrganizerOf, requirePartnerAccess } from "../auth/access";
import { iterateLeads, type Lead } from "../consent/current-consent";
import { createHash } from "node:crypto";
import { UTF8_BOM, csvRow } from "./csv";

/** The export's columns, in order (documented in the README). */
export const LEAD_COLUMNS: readonly [string, (lead: Lead) => string | number | null][] = [
  ["first_name", (l) => l.firstName],
  ["last_name", (l) => l.lastName],
  ["email", (l) => l.email],
  ["phone", (l) => l.phone],
  ["company", (l) => l.company],
  ["job_title", (l) => l.jobTitle],
  ["country", (l) => l.country],
  ["consent_id", (l) => l.consentId],
  ["consent_time", (l) => l.consentAt.toISOString()],
  ["notice_id", (l) => l.noticeId],
];

export type PartnerExport = { exportId: number; filename: string; content: Buffer; rows: number; sha256: string };

export function exportPartnerLeadsCsv(actor: Actor, eventId: number, partnerId: number, now = new Date()): PartnerExport {
  const organizer = requireOrganizerOf(actor, eventId);
  const partner = requirePartnerAccess(actor, eventId, partnerId);
  const db = getDb();
  // Read and record in one transaction: the row count and hash describe exactly this file.
  return db.transaction((tx) => {
    const chunks: string[] = [UTF8_BOM, csvRow(LEAD_COLUMNS.map(([name]) => name))];
    let rows = 0;
    for (const lead of iterateLeads(actor, eventId, partnerId)) {
      chunks.push(csvRow(LEAD_COLUMNS.map(([, get]) => get(lead))));
      rows++;
    }
    const content = Buffer.from(chunks.join(""), "utf8");
    const sha256 = createHash("sha256").update(content).digest("hex");
    const { id } = tx
      .insert(exports)
      .values({
        eventId,
        partnerId,
        userId: organizer?.userId ?? null,
        actorLabel: actorLabel(actor),
        format: "csv",
        rows,
        sha256,
        createdAt: now,
      })
      .returning({ id: exports.id })
      .get();
    const stamp = now.toISOString().slice(0, 16).replace(/[-:]/g, "").replace("T", "-");
    return { exportId: id, filename: `leads-${slug(partner.name)}-${stamp}.csv`, content, rows, sha256 };
  });
}

function slug(name: string): string {
  return name.normalize("NFKD").replace(/[^\w]+/g, "-").replace(/^-|-$/g, "").toLowerCase() || "partner";
}
