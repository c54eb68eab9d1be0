import type { Metadata } from "next";
import { organizerEventPage } from "@/lib/http/event-page";
import Link from "next/link";
import { PartnerForm } from "@/components/organizer/partner-form";
import { createPartnerAction } from "../actions";

export const metadata: Metadata = { title: "New partner" };

export default async function NewPartnerPage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId, event } = await organizerEventPage((await params).eventId, "/partners/new");
  return (
    <>
      <p className="small">
        <Link href={`/events/${eventId}`}>← {event.name}</Link>
      </p>
      <h1>Add a partner</h1>
      <div className="card" style={{ maxWidth: "40rem" }}>
        <PartnerForm eventId={eventId} submitLabel="Add the partner" action={createPartnerAction} />
      </div>
    </>
  );
}
