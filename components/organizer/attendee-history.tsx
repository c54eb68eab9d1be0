// One attendee's booth visits and decisions, oldest first; each decision links to its receipt.
import Link from "next/link";
import type { AttendeeDecision, AttendeeVisit } from "@/lib/attendees/attendee-history";
import { staffTime } from "@/components/staff-time";

const ACTION_LABELS: Record<AttendeeDecision["action"], string> = { grant: "Shared", decline: "Did not share", withdraw: "Withdrew", lapse: "Lapsed" };
const METHOD_LABELS: Record<AttendeeDecision["method"], string> = {
  booth_device: "at the booth",
  personal_page: "on their own page",
  partner_change: "the partner changed its words",
  erasure: "erasure",
  retention: "retention period ended",
};

export function AttendeeVisits({ visits, timeZone }: { visits: AttendeeVisit[]; timeZone: string }) {
  const when = (d: Date) => staffTime(d, timeZone, { time: "medium" });
  if (visits.length === 0) return <p className="muted">No booth has scanned this badge yet.</p>;
  return (
    <div className="table-wrap">
      <table data-testid="attendee-visits">
        <thead>
          <tr>
            <th scope="col">Received</th>
            <th scope="col">Partner</th>
            <th scope="col">Phone</th>
            <th scope="col">Code</th>
          </tr>
        </thead>
        <tbody>
          {visits.map((v) => (
            <tr key={v.id}>
              <td>{when(v.receivedAt)}</td>
              <td>{v.partnerName}</td>
              <td>{v.deviceName}</td>
              <td>{v.source === "typed" ? "typed" : v.source === "camera" ? "camera" : "not said"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function AttendeeDecisions({ eventId, decisions, timeZone }: { eventId: number; decisions: AttendeeDecision[]; timeZone: string }) {
  const when = (d: Date) => staffTime(d, timeZone, { time: "medium" });
  if (decisions.length === 0) return <p className="muted">No decision recorded yet.</p>;
  return (
    <div className="table-wrap">
      <table data-testid="attendee-decisions">
        <thead>
          <tr>
            <th scope="col">Recorded</th>
            <th scope="col">Partner</th>
            <th scope="col">Decision</th>
            <th scope="col">How</th>
            <th scope="col">Language</th>
            <th scope="col">Receipt</th>
          </tr>
        </thead>
        <tbody>
          {decisions.map((d) => (
            <tr key={d.consentId}>
              <td>{when(d.recordedAt)}</td>
              <td>{d.partnerName}</td>
              <td>{ACTION_LABELS[d.action]}</td>
              <td>{METHOD_LABELS[d.method]}</td>
              <td>{d.language}</td>
              <td>
                <Link href={`/events/${eventId}/receipts/${d.consentId}`} aria-label={`Receipt ${d.consentId}: ${ACTION_LABELS[d.action]}, ${d.partnerName}`}>
                  Receipt {d.consentId}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
