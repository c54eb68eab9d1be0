import type { Metadata } from "next";
import { NewEventForm } from "@/components/organizer/new-event-form";
import { PageHeader } from "@/components/organizer/page-header";
import { requireOrganizerPage } from "@/lib/auth/guards";
import { TIME_ZONES } from "@/lib/events/time-zone";
import { EVENT_LEGAL_FIELDS } from "@/lib/parties/legal-fields";
import { createEventAction } from "./actions";

export const metadata: Metadata = { title: "New event" };

export default async function NewEventPage() {
  await requireOrganizerPage("/events/new");
  return (
    <>
      <PageHeader back="/events" backLabel="Your events" title="Create an event" />
      <p>You become the event&apos;s owner: you can invite other organizers, add partners and import attendees once it exists.</p>
      <div style={{ maxWidth: "40rem" }}>
        <NewEventForm legalFields={EVENT_LEGAL_FIELDS} timeZones={TIME_ZONES} action={createEventAction} />
      </div>
    </>
  );
}
