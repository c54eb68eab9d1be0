import { fieldName, type ImportMapping } from "@/lib/attendees/import/import-fields";
import type { PreviewRow } from "@/lib/attendees/import/preview-import";

const COLUMNS = ["firstName", "lastName", "email", "phone", "company", "jobTitle", "country", "companySize", "industry", "externalId"] as const;
const OUTCOME = { new: "New", update: "Update", unchanged: "Unchanged", skipped: "Skipped" } as const;

/**
 * The preview: stored values as they will be; line breaks and tabs show as they are kept
 * (white-space: pre-wrap), and long values wrap, so the table fits a laptop's screen. The
 * problem sits beside the outcome, where it is seen without scrolling sideways.
 */
export function PreviewTable({ rows, mapping }: { rows: PreviewRow[]; mapping: ImportMapping }) {
  if (rows.length === 0) return <p className="muted">No preview until the columns are complete.</p>;
  const shown = COLUMNS.filter((f) => f === "firstName" || f === "lastName" || mapping[f] !== undefined);
  return (
    // Many mapped columns can still be wider than the screen: the box scrolls, and a keyboard can scroll it too.
    <div className="table-wrap" tabIndex={0} role="region" aria-label="Preview rows">
      <table aria-label="Preview">
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Will be</th>
            <th scope="col">Problem</th>
            {shown.map((f) => (
              <th key={f} scope="col">
                {fieldName(f)}
              </th>
            ))}
            <th scope="col">Badge code</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.line} data-line={row.line}>
              <td>{row.line}</td>
              <td>{OUTCOME[row.outcome]}</td>
              <td className="words preview-problem">{row.problems.map((p) => `${p.field}: ${p.reason}`).join(" ")}</td>
              {shown.map((f) => (
                <td key={f} className="kept-text">
                  {row.values[f]}
                </td>
              ))}
              <td>
                {row.outcome === "skipped" ? null : row.badgeSource === "issued" ? (
                  <span className="muted">issued at import</span>
                ) : (
                  <code>{row.badgeCode}</code>
                )}
                {row.badgeSource === "kept" && <span className="muted small"> (kept)</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
