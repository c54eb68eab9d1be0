import type { Metadata } from "next";
import { organizerEventPage } from "@/lib/http/event-page";
import { listAudit } from "@/lib/audit/record-audit";
import { describeAbout, describeWhat, describeWho } from "@/lib/audit/describe-audit";
import { RecordTable } from "@/components/organizer/record-table";
import { PageHeader } from "@/components/organizer/page-header";
import { staffTime } from "@/components/staff-time";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId, organizer, event } = await organizerEventPage((await params).eventId, "/audit");
  const entries = listAudit(organizer, eventId);
  return (
    <>
      <PageHeader back={`/events/${eventId}`} backLabel={event.name} title="Audit log" />
      <p className="muted">What organizers, partners&apos; admins, booth phones and the command line did in this event, newest first: the last 200 actions.</p>
      <RecordTable
        rows={entries}
        rowKey={(e) => e.id}
        testId="audit-log"
        caption="Actions, newest first"
        empty="Nothing yet. Adding partners, pairing phones, exports and imports appear here."
        columns={[
          { header: "When", className: "nowrap", cell: (e) => staffTime(e.createdAt, event.timeZone, { time: "medium" }) },
          { header: "Who", className: "words", cell: (e) => describeWho(e.actorLabel) },
          {
            header: "What",
            className: "words",
            cell: (e) => (
              <>
                {describeWhat(e)}
                {/* The action's code, for searching the log and the database. */}
                <span className="muted small audit-code">{e.action}</span>
              </>
            ),
          },
          { header: "About", className: "words", cell: (e) => describeAbout(e) },
        ]}
      />
    </>
  );
}
