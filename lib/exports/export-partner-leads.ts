// One partner's consented contacts as CSV, and its suppression list: contacts it had exported
// before that have since withdrawn (consent rule 7), so a mailing tool can honour them.
// In memory, for tests; downloads and the command line stream the same files (stream-partner-file.ts).
import type { Actor } from "../auth/actor";
import { writeRecordedCsv, type PartnerFile } from "./recorded-csv";

export { LEAD_COLUMNS, SUPPRESSION_COLUMNS } from "./columns";

export type PartnerExport = PartnerFile;

export function exportPartnerLeadsCsv(actor: Actor, eventId: number, partnerId: number, now = new Date()): PartnerFile {
  return writeRecordedCsv(actor, eventId, partnerId, "leads", now);
}

export function exportPartnerSuppressionCsv(actor: Actor, eventId: number, partnerId: number, now = new Date()): PartnerFile {
  return writeRecordedCsv(actor, eventId, partnerId, "suppression", now);
}
