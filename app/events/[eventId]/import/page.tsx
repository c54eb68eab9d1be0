import type { Metadata } from "next";
import { organizerEventPage } from "@/lib/http/event-page";
import Link from "next/link";
import { ImportPolicy } from "@/components/import/import-policy";
import { ImportWizard } from "@/components/import/import-wizard";
import { staffTime } from "@/components/staff-time";
import { listImports } from "@/lib/attendees/import/import-status";
import { MAX_IMPORT_BYTES } from "@/lib/attendees/import/parse-file";
import { previewMappingAction } from "./actions";
import { PageHeader } from "@/components/organizer/page-header";

export const metadata: Metadata = { title: "Import attendees" };

const STATUS = { running: "running", done: "finished", failed: "stopped", interrupted: "interrupted" } as const;

export default async function ImportPage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId, organizer, event } = await organizerEventPage((await params).eventId, "/import");
  const earlier = listImports(organizer, eventId);
  return (
    <>
      <PageHeader back={`/events/${eventId}`} backLabel={event.name} title="Import attendees" />
      <p>Upload the attendee list exported from your registration system. Nothing is stored until you press Import.</p>
      <ImportPolicy maxMegabytes={MAX_IMPORT_BYTES / 1024 / 1024} />
      <ImportWizard eventId={eventId} maxBytes={MAX_IMPORT_BYTES} previewAction={previewMappingAction} />
      {earlier.length > 0 && (
        <section className="card">
          <h2>Earlier imports</h2>
          <ul>
            {earlier.map((i) => (
              <li key={i.id}>
                <Link href={`/events/${eventId}/import/${i.id}`}>{i.filename}</Link>, {staffTime(i.createdAt, event.timeZone)}:{" "}
                {STATUS[i.status]}, {i.created} added, {i.updated} updated, {i.rejected} skipped
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
