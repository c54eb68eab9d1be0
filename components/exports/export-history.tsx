import { RecordTable } from "@/components/organizer/record-table";
import type { ExportHistoryEntry } from "@/lib/exports/list-exports";
import { staffTime } from "@/components/staff-time";

const FORMAT: Record<ExportHistoryEntry["format"], string> = {
  csv: "Leads, CSV",
  xlsx: "Leads, XLSX",
  suppression_csv: "Suppression list, CSV",
  suppression_xlsx: "Suppression list, XLSX",
  hubspot_csv: "Leads, HubSpot CSV",
  salesforce_csv: "Leads, Salesforce CSV",
  vcard: "Leads, vCard",
};

export const who = (label: string) => (label === "cli" ? "command line" : label.replace(/^organizer:/, "").replace(/^partner:\d+:(.*)$/, "$1 (partner team)"));

/** The event's exports, newest first. */
export function ExportHistory({ entries, limit, timeZone }: { entries: ExportHistoryEntry[]; limit: number; timeZone: string }) {
  const time = (d: Date) => staffTime(d, timeZone, { time: "medium" });
  return (
    <>
      {entries.length === limit && <p className="small muted">Showing the latest {limit} files.</p>}
      <RecordTable
        rows={entries}
        rowKey={(e) => e.id}
        rowTestId={(e) => `export-${e.id}`}
        testId="export-history"
        emptyTestId="no-exports"
        caption="Exports, newest first"
        empty="Nothing has been exported yet. Exports of a partner's leads, of its suppression list or of all partners at once appear here."
        columns={[
          { header: "When", className: "nowrap", cell: (e) => <time dateTime={e.createdAt.toISOString()}>{time(e.createdAt)}</time> },
          { header: "Who", cell: (e) => who(e.actorLabel) },
          { header: "Partner", cell: (e) => e.partnerName },
          {
            header: "File",
            cell: (e) => (e.sinceAt ? `${FORMAT[e.format]}, new since the export of ${time(e.sinceAt)}` : FORMAT[e.format]),
          },
          { header: "Rows", cell: (e) => e.rows },
          { header: "sha256", cell: (e) => <code className="small">{e.sha256}</code> },
          { header: "Checkpoint", cell: (e) => <span data-testid="export-checkpoint">{e.checkpointId ?? "none"}</span> },
        ]}
      />
    </>
  );
}
