import type { Metadata } from "next";
import { organizerEventPage } from "@/lib/http/event-page";
import { InviteForm } from "@/components/organizer/invite-form";
import { listOrganizers } from "@/lib/auth/invites";
import { inviteOrganizerAction } from "./actions";
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
        <ul data-testid="organizers">
          {members.map((m) => (
            <li key={m.email}>
              {m.name} ({m.email}){m.role === "owner" ? ", owner" : ""}
            </li>
          ))}
        </ul>
        {pending.length > 0 && (
          <>
            <h3>Invited, not yet joined</h3>
            <ul>
              {pending.map((p) => (
                <li key={p.email + p.expiresAt.getTime()}>
                  {p.email} (until {p.expiresAt.toUTCString()})
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section className="card">
        <h2>Invite an organizer</h2>
        <p className="muted">Organizers see every attendee and partner of this event, and their actions go to the audit log.</p>
        <InviteForm eventId={eventId} action={inviteOrganizerAction} />
      </section>
    </>
  );
}
