import type { Metadata } from "next";
import { AttendeeForm } from "@/components/organizer/attendee-form";
import { PageHeader } from "@/components/organizer/page-header";
import { organizerEventPage } from "@/lib/http/event-page";
import { createAttendeeAction } from "../actions";

export const metadata: Metadata = { title: "Add an attendee" };

export default async function NewAttendeePage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await organizerEventPage((await params).eventId, "/attendees/new");
  return (
    <>
      <PageHeader back={`/events/${eventId}/attendees`} backLabel="Attendees" title="Add an attendee" />
      <p>Fairlead issues the badge code; print the badge from the attendee&apos;s page once they are added.</p>
      <div className="card" style={{ maxWidth: "40rem" }}>
        <AttendeeForm eventId={eventId} submitLabel="Add the attendee" action={createAttendeeAction} />
      </div>
    </>
  );
}
