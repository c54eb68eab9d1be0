import type { Metadata } from "next";
import Link from "next/link";
import { requireOrganizerPage } from "@/lib/auth/guards";
import { listEvents } from "@/lib/events/events";
import { myWorkspaces } from "@/lib/partners/team";

export const metadata: Metadata = { title: "Events" };

export default async function EventsPage() {
  const organizer = await requireOrganizerPage("/events");
  const events = listEvents(organizer);
  const workspaces = myWorkspaces(organizer);
  return (
    <>
      <h1>Your events</h1>
      {workspaces.length > 0 && (
        <p className="card">
          You also work on the team of {workspaces.length === 1 ? workspaces[0]!.partnerName : `${workspaces.length} partners`}:{" "}
          <Link href="/partners">your partner workspaces</Link>.
        </p>
      )}
      {events.length === 0 ? (
        <div className="card">
          <p>You are not an organizer of any event yet.</p>
          <p className="muted">
            Create one with <code>npm run fairlead -- create-event --name &quot;…&quot; --slug … --owner {organizer.email}</code>,
            or ask an organizer of an existing event to add you.
          </p>
        </div>
      ) : (
        <ul className="stack" style={{ listStyle: "none", padding: 0 }}>
          {events.map((e) => (
            <li key={e.id} className="card">
              <Link href={`/events/${e.id}`}>
                <strong>{e.name}</strong>
              </Link>
              {e.startsOn && <span className="muted"> · {e.startsOn}</span>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
