import type { Metadata } from "next";
import { organizerEventPage } from "@/lib/http/event-page";
import { ExportAll } from "@/components/exports/export-all";
import { ExportHistory } from "@/components/exports/export-history";
import { listExports } from "@/lib/exports/list-exports";
import { PageHeader } from "@/components/organizer/page-header";

export const metadata: Metadata = { title: "Export history" };

const LIMIT = 500;

export default async function ExportsPage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId, organizer, event } = await organizerEventPage((await params).eventId, "/exports");
  const entries = listExports(organizer, eventId, LIMIT);
  return (
    <>
      <PageHeader back={`/events/${eventId}`} backLabel={event.name} title="Export history" />
      <p className="muted">
        Every file of leads or withdrawals that left Fairlead: who exported it, when, for which partner, how many rows,
        the sha256 of exactly the bytes sent, so a file found later can be matched to its export, and the signed ledger
        checkpoint the file falls under (its name says it too). A file whose download broke off before its last byte is
        not listed.
      </p>
      <ExportAll eventId={eventId} />
      <ExportHistory entries={entries} limit={LIMIT} timeZone={event.timeZone} />
    </>
  );
}
