import Link from "next/link";
import { RATING_LABEL } from "@/lib/leads/types";
import type { WorkspaceLead } from "@/lib/leads/workspace-leads";
import { formatTime } from "../leads/format-time";

/** The partner's leads with what the booth recorded; each links to its page (history) and receipt. */
type Props = { partnerId: number; leads: WorkspaceLead[]; total: number; /** The event's zone (decision 044). */ timeZone: string };

export function WorkspaceLeadTable({ partnerId, leads, total, timeZone }: Props) {
  if (total === 0) {
    return (
      <p className="muted" data-testid="no-leads">
        No leads yet. They appear here seconds after an attendee chooses to share at your booth.
      </p>
    );
  }
  if (leads.length === 0) return <p className="muted" data-testid="no-matching-leads">No lead matches these filters.</p>;
  return (
    <div className="table-wrap">
      <table data-testid="lead-table">
        <caption className="visually-hidden">Current leads, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Company</th>
            <th scope="col">Rating</th>
            <th scope="col">Tags</th>
            <th scope="col">Phone</th>
            <th scope="col">Shared</th>
            <th scope="col">Receipt</th>
          </tr>
        </thead>
        <tbody>
          {leads.map((l) => (
            <tr key={l.consentId}>
              <td>
                <Link href={`/partners/${partnerId}/leads/${l.consentId}`}>
                  {l.firstName} {l.lastName}
                </Link>
                {l.jobTitle && <div className="small muted">{l.jobTitle}</div>}
              </td>
              <td>
                <a href={`mailto:${l.email}`}>{l.email}</a>
              </td>
              <td>{l.company}</td>
              <td>{l.rating ? RATING_LABEL[l.rating] : <span className="muted">Not rated</span>}</td>
              <td>{l.tags.join(", ")}</td>
              <td>{l.deviceName ?? <span className="muted">—</span>}</td>
              <td>
                <time dateTime={l.consentAt.toISOString()}>{formatTime(l.consentAt, timeZone)}</time>
              </td>
              <td>
                <Link href={`/partners/${partnerId}/receipts/${l.consentId}`}>
                  Receipt<span className="visually-hidden"> for {l.firstName} {l.lastName}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
