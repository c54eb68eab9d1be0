import type { Metadata } from "next";
import { organizerEventPage } from "@/lib/http/event-page";
import { listAudit } from "@/lib/audit/record-audit";
import { RecordTable } from "@/components/organizer/record-table";
import { PageHeader } from "@/components/organizer/page-header";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId, organizer, event } = await organizerEventPage((await params).eventId, "/audit");
  const entries = listAudit(organizer, eventId);
  return (
    <>
      <PageHeader back={`/events/${eventId}`} backLabel={event.name} title="Audit log" />
      <p className="muted">What organizers (and the command line) did in this event, newest first: the last 200 actions.</p>
      <RecordTable
        rows={entries}
        rowKey={(e) => e.id}
        testId="audit-log"
        caption="Actions, newest first"
        empty="Nothing yet. Adding partners, pairing phones, exports and imports appear here."
        columns={[
          { header: "When (UTC)", cell: (e) => e.createdAt.toISOString().slice(0, 19).replace("T", " ") },
          { header: "Who", cell: (e) => e.actorLabel.replace(/^organizer:/, "") },
          { header: "What", cell: (e) => <code>{e.action}</code> },
          {
            header: "About",
            cell: (e) => (
              <>
                {e.subject}
                {e.details ? <span className="muted small"> {JSON.stringify(e.details)}</span> : null}
              </>
            ),
          },
        ]}
      />
    </>
  );
}
