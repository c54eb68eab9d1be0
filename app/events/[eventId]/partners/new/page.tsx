import type { Metadata } from "next";
import Link from "next/link";
import { PartnerForm } from "@/components/organizer/partner-form";
import { requireOrganizerPage } from "@/lib/auth/guards";
import { getEvent } from "@/lib/events/events";
import { idParam, orNotFound } from "@/lib/http/pages";
import { createPartnerAction } from "../actions";

export const metadata: Metadata = { title: "New partner" };

export default async function NewPartnerPage({ params }: { params: Promise<{ eventId: string }> }) {
  const eventId = idParam((await params).eventId);
  const organizer = await requireOrganizerPage(`/events/${eventId}/partners/new`);
  const event = orNotFound(() => getEvent(organizer, eventId));
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
