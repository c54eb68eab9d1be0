import type { Metadata } from "next";
import { ImportResult } from "@/components/import/import-result";
import { RefreshWhileRunning } from "@/components/import/refresh-while-running";
import { getImportStatus } from "@/lib/attendees/import/import-status";
import { requireOrganizerPage } from "@/lib/auth/guards";
import { getEvent } from "@/lib/events/events";
import { idParam, orNotFound } from "@/lib/http/pages";
import { PageHeader } from "@/components/organizer/page-header";

export const metadata: Metadata = { title: "Attendee import" };

export default async function ImportProgressPage({ params }: { params: Promise<{ eventId: string; importId: string }> }) {
  const raw = await params;
  const eventId = idParam(raw.eventId);
  const importId = idParam(raw.importId);
  const organizer = await requireOrganizerPage(`/events/${eventId}/import/${importId}`);
  const event = orNotFound(() => getEvent(organizer, eventId));
  const status = orNotFound(() => getImportStatus(organizer, eventId, importId));
  return (
    <>
      <PageHeader back={`/events/${eventId}`} backLabel={event.name} title={<>Import of {status.filename}</>} />
      <RefreshWhileRunning running={status.status === "running"} />
      <ImportResult eventId={eventId} status={status} />
    </>
  );
}
