import type { Metadata } from "next";
import { organizerEventPage } from "@/lib/http/event-page";
import { PartnerForm } from "@/components/organizer/partner-form";
import { createPartnerAction } from "../actions";
import { PageHeader } from "@/components/organizer/page-header";

export const metadata: Metadata = { title: "New partner" };

export default async function NewPartnerPage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId, event } = await organizerEventPage((await params).eventId, "/partners/new");
  return (
    <>
      <PageHeader back={`/events/${eventId}`} backLabel={event.name} title="Add a partner" />
      <div className="card" style={{ maxWidth: "40rem" }}>
        <PartnerForm eventId={eventId} submitLabel="Add the partner" action={createPartnerAction} />
      </div>
    </>
  );
}
