// Leads files laid out for a CRM's own import (issue 14): HubSpot's contacts import and the
// Salesforce Data Import Wizard's leads, as CSV with the column names each maps without help,
// and vCard for address books. A CRM does not evaluate cells, so nothing gets the spreadsheet
// CSV's apostrophe (a phone number stays "+493012345678"); control characters are made visible
// as everywhere. Consent travels with each lead: its id, time and receipt.
import { plainCsvRow } from "./csv";
import { csvChunks, type RowSource } from "./csv-file";
import { joinTags, questionColumnNames, type Column, type ExportLead, type ExportQuestion } from "./columns";
import { isoTime as iso } from "./iso-time";
import { RATING_LABEL } from "../leads/types";
import { e164 } from "./phone";
import { vcardChunks } from "./vcard";

export const CRM_FORMATS = ["hubspot", "salesforce", "vcard"] as const;
export type CrmFormat = (typeof CRM_FORMATS)[number];

/** The file of `format` for these leads, in ~64 KB chunks. */
export function crmChunks(format: CrmFormat, source: Omit<RowSource<ExportLead>, "columns">, questions: readonly ExportQuestion[]): Generator<Buffer> {
  if (format === "vcard") return vcardChunks(source, questions);
  return csvChunks({ ...source, columns: crmColumns(format, questions) }, plainCsvRow);
}

/** What each CRM calls the shared columns; the rest keep Fairlead's names, which an import maps once. */
function crmColumns(format: "hubspot" | "salesforce", questions: readonly ExportQuestion[]): Column<ExportLead>[] {
  const hubspot = format === "hubspot";
  const names = questionColumnNames(questions);
  return [
    ["First Name", (l) => l.firstName],
    ["Last Name", (l) => l.lastName],
    ["Email", (l) => l.email],
    [hubspot ? "Phone Number" : "Phone", (l) => e164(l.phone)],
    [hubspot ? "Company Name" : "Company", (l) => l.company],
    [hubspot ? "Job Title" : "Title", (l) => l.jobTitle],
    [hubspot ? "Country/Region" : "Country", (l) => l.country],
    // Salesforce's lead Rating picklist is Hot, Warm, Cold; HubSpot has none: a property of its own.
    [hubspot ? "Lead Rating" : "Rating", (l) => (l.rating ? RATING_LABEL[l.rating] : null)],
    [hubspot ? "Notes" : "Description", (l) => l.notes || null],
    ["Lead Source", () => "Fairlead"],
    ["Tags", (l) => joinTags(l.tags)],
    ...questions.map((q, i): Column<ExportLead> => [names[i]!, (l) => l.answers?.[String(q.id)] ?? null]),
    ["Consent ID", (l) => l.consentId],
    ["Consent Time", (l) => iso(l.consentAt)],
    ["Consent Notice", (l) => `version ${l.noticeVersion} (${l.noticeLanguage})`],
    ["First Visit", (l) => iso(l.firstVisit)],
    ["Last Visit", (l) => iso(l.lastVisit)],
  ];
}
