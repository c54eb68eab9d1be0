import Link from "next/link";
import type { ImportStatus } from "@/lib/attendees/import/import-status";

const n = (value: number) => value.toLocaleString("en-US");

/** An import's progress while it runs, then its counts and the rows that were skipped. */
export function ImportResult({ eventId, status }: { eventId: number; status: ImportStatus }) {
  const rowProblems = status.problems.filter((p) => p.line > 0);
  const stopped = status.problems.find((p) => p.line === 0);
  return (
    <div className="stack">
      <section className="card stack">
        <label htmlFor="import-progress">
          {n(status.rowsDone)} of {n(status.rowsTotal)} rows
        </label>
        <progress id="import-progress" value={status.rowsDone} max={Math.max(status.rowsTotal, 1)} style={{ width: "100%" }} />
        {status.status === "running" && <p role="status">Importing… this page follows the progress.</p>}
        {status.status === "done" && (
          <p className="alert ok" role="status">
            Import finished: {n(status.created)} added, {n(status.updated)} updated, {n(status.unchanged)} unchanged,{" "}
            {n(status.rejected)} skipped.
          </p>
        )}
        {status.status === "failed" && (
          <p className="alert error" role="alert">
            {stopped?.reason ?? "The import stopped."} So far: {n(status.created)} added, {n(status.updated)} updated.
          </p>
        )}
        {status.status === "interrupted" && (
          <p className="alert error" role="alert">
            This import was interrupted after {n(status.rowsDone)} rows (the server stopped). Import the file again to finish: nobody
            is added twice.
          </p>
        )}
        <p className="row small">
          <Link href={`/events/${eventId}/attendees`}>Attendees and badges</Link>
          <Link href={`/events/${eventId}/import`}>Import another file</Link>
        </p>
      </section>
      {rowProblems.length > 0 && (
        <section className="card">
          <h2>Rows not imported</h2>
          {status.rejected > rowProblems.length && (
            <p className="small muted">The first {n(rowProblems.length)} problems of {n(status.rejected)} skipped rows.</p>
          )}
          <div className="table-wrap">
            <table aria-label="Rows not imported">
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col">Column</th>
                  <th scope="col">Reason</th>
                </tr>
              </thead>
              <tbody>
                {rowProblems.map((p, i) => (
                  <tr key={i}>
                    <td>{p.line}</td>
                    <td>{p.field}</td>
                    <td>{p.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </div>
  );
}
