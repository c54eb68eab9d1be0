// One partner's consented contacts as CSV, and its suppression list: contacts it had exported
// before that have since withdrawn (consent rule 7), so a mailing tool can honour them.
import type { Actor } from "../auth/actor";
import { iterateLeads, type Lead } from "../consent/current-consent";
import { iterateSuppressions, type Suppression } from "../consent/withdrawals";
import { writeRecordedCsv, type Column, type PartnerFile } from "./recorded-csv";

/** The export's columns, in order (documented in the README). */
export const LEAD_COLUMNS: readonly Column<Lead>[] = [
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

export const SUPPRESSION_COLUMNS: readonly Column<Suppression>[] = [
  ["email", (s) => s.email],
  ["withdrawn_at", (s) => s.withdrawnAt.toISOString()],
  ["consent_id", (s) => s.consentId],
];

export type PartnerExport = PartnerFile;

export function exportPartnerLeadsCsv(actor: Actor, eventId: number, partnerId: number, now = new Date()): PartnerFile {
  return writeRecordedCsv<Lead>(
    actor,
    eventId,
    partnerId,
    {
      format: "csv",
      filePrefix: "leads",
      columns: LEAD_COLUMNS,
      rows: iterateLeads(actor, eventId, partnerId),
      handsOver: (lead) => ({ attendeeId: lead.attendeeId, consentId: lead.consentId }),
    },
    now,
  );
}

export function exportPartnerSuppressionCsv(actor: Actor, eventId: number, partnerId: number, now = new Date()): PartnerFile {
  const rows = iterateSuppressions(actor, eventId, partnerId);
  return writeRecordedCsv<Suppression>(actor, eventId, partnerId, { format: "suppression_csv", filePrefix: "suppression", columns: SUPPRESSION_COLUMNS, rows }, now);
}
