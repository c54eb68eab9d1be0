import type { ExportHistoryEntry } from "@/lib/exports/list-exports";

const time = (d: Date) => d.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" }) + " UTC";

const FORMAT: Record<ExportHistoryEntry["format"], string> = {
  csv: "Leads, CSV",
  xlsx: "Leads, XLSX",
  suppression_csv: "Suppression list, CSV",
  suppression_xlsx: "Suppression list, XLSX",
};

const who = (label: string) => (label === "cli" ? "command line" : label.replace(/^organizer:/, ""));

/** The event's exports, newest first. */
export function ExportHistory({ entries, limit }: { entries: ExportHistoryEntry[]; limit: number }) {
  if (entries.length === 0) {
    return (
      <p className="muted" data-testid="no-exports">
        Nothing has been exported yet. Exports of a partner&apos;s leads, of its suppression list or of all partners at once
        appear here.
      </p>
    );
  }
  return (
    <>
      {entries.length === limit && <p className="small muted">Showing the latest {limit} files.</p>}
      <div className="table-wrap">
        <table data-testid="export-history">
          <caption className="visually-hidden">Exports, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">Partner</th>
              <th scope="col">File</th>
              <th scope="col">Rows</th>
              <th scope="col">sha256</th>
              <th scope="col">Checkpoint</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id} data-testid={`export-${e.id}`}>
                <td className="nowrap">
                  <time dateTime={e.createdAt.toISOString()}>{time(e.createdAt)}</time>
                </td>
                <td>{who(e.actorLabel)}</td>
                <td>{e.partnerName}</td>
                <td>{FORMAT[e.format]}</td>
                <td>{e.rows}</td>
                <td>
                  <code className="small">{e.sha256}</code>
                </td>
                <td data-testid="export-checkpoint">{e.checkpointId ?? "none"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
