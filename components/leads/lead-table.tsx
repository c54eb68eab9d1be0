import type { Lead } from "@/lib/consent/current-consent";

import { staffTime } from "../staff-time";

/** When the lead shared, in the event's zone (decision 044). */
export const leadTime = (d: Date, timeZone: string) => staffTime(d, timeZone);

/**
 * A partner's current leads: only attendees whose latest decision for it is "share".
 * With `receiptHref`, each row links to the receipt of the consent that made it a lead.
 */
type Qualify = { href: (consentId: number) => string; rating: (attendeeId: number) => string | null };

/**
 * With `qualify`, each row links to the lead's rating and notes (booth phones); with `rating`,
 * the rating is shown as text (the organizer reads what the booth recorded).
 */
export function LeadTable({
  leads,
  receiptHref,
  qualify,
  rating,
  timeZone,
}: {
  leads: Lead[];
  timeZone: string;
  receiptHref?: (consentId: number) => string;
  qualify?: Qualify;
  rating?: (attendeeId: number) => string | null;
}) {
  if (leads.length === 0) {
    return (
      <p className="muted" data-testid="no-leads">
        No leads yet. They appear here seconds after an attendee chooses to share at the booth.
      </p>
    );
  }
  return (
    <div className="table-wrap">
      <table data-testid="lead-table">
        <caption className="visually-hidden">Current leads, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Company</th>
            <th scope="col">Job title</th>
            <th scope="col">Shared</th>
            {(qualify || rating) && <th scope="col">Rating</th>}
            {receiptHref && <th scope="col">Receipt</th>}
          </tr>
        </thead>
        <tbody>
          {leads.map((l) => (
            <tr key={l.consentId}>
              <td>
                {l.firstName} {l.lastName}
              </td>
              <td>
                <a href={`mailto:${l.email}`}>{l.email}</a>
              </td>
              <td>{l.company}</td>
              <td>{l.jobTitle}</td>
              <td>
                <time dateTime={l.consentAt.toISOString()}>{leadTime(l.consentAt, timeZone)}</time>
              </td>
              {qualify && (
                <td>
                  <a href={qualify.href(l.consentId)}>
                    {qualify.rating(l.attendeeId) ?? "Rate"}
                    <span className="visually-hidden"> (rating and notes for {l.firstName} {l.lastName})</span>
                  </a>
                </td>
              )}
              {rating && !qualify && <td>{rating(l.attendeeId) ?? <span className="muted">Not rated</span>}</td>}
              {receiptHref && (
                <td>
                  <a href={receiptHref(l.consentId)}>
                    Receipt<span className="visually-hidden"> for {l.firstName} {l.lastName}</span>
                  </a>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
