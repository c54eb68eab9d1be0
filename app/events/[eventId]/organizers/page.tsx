import type { Metadata } from "next";
import { organizerEventPage } from "@/lib/http/event-page";
import { InviteForm } from "@/components/organizer/invite-form";
import { OrganizersPanel } from "@/components/organizer/organizers-panel";
import { listOrganizers } from "@/lib/auth/invites";
import { cancelOrganizerInviteAction, inviteOrganizerAction, removeOrganizerAction } from "./actions";
import { PageHeader } from "@/components/organizer/page-header";

export const metadata: Metadata = { title: "Organizers" };

export default async function OrganizersPage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId, organizer, event } = await organizerEventPage((await params).eventId, "/organizers");
  const { members, pending } = listOrganizers(organizer, eventId);
  return (
    <>
      <PageHeader back={`/events/${eventId}`} backLabel={event.name} title="Organizers" />
      <section className="card">
        <h2>Who organizes {event.name}</h2>
        <OrganizersPanel
          eventId={eventId}
          eventName={event.name}
          youId={organizer.userId}
          members={members}
          pending={pending}
          remove={removeOrganizerAction}
          cancel={cancelOrganizerInviteAction}
          timeZone={event.timeZone}
        />
      </section>
      <section className="card">
        <h2>Invite an organizer</h2>
        <p className="muted">Organizers see every attendee and partner of this event, and their actions go to the audit log.</p>
        <InviteForm eventId={eventId} timeZone={event.timeZone} action={inviteOrganizerAction} />
      </section>
    </>
  );
}
