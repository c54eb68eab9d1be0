import type { Metadata } from "next";
import { organizerEventPage } from "@/lib/http/event-page";
import Link from "next/link";
import { listAudit } from "@/lib/audit/record-audit";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId, organizer, event } = await organizerEventPage((await params).eventId, "/audit");
  const entries = listAudit(organizer, eventId);
  return (
    <>
      <p className="small">
        <Link href={`/events/${eventId}`}>← {event.name}</Link>
      </p>
      <h1>Audit log</h1>
      <p className="muted">What organizers (and the command line) did in this event, newest first: the last 200 actions.</p>
      {entries.length === 0 ? (
        <p className="muted">Nothing yet. Adding partners, pairing phones, exports and imports appear here.</p>
      ) : (
        <div className="table-wrap">
          <table data-testid="audit-log">
            <thead>
              <tr>
                <th scope="col">When (UTC)</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">About</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <td>{e.createdAt.toISOString().slice(0, 19).replace("T", " ")}</td>
                  <td>{e.actorLabel.replace(/^organizer:/, "")}</td>
                  <td>
                    <code>{e.action}</code>
                  </td>
                  <td>
                    {e.subject}
                    {e.details ? <span className="muted small"> {JSON.stringify(e.details)}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
