import type { Metadata } from "next";
import Link from "next/link";
import { requireOrganizerPage } from "@/lib/auth/guards";
import { listEvents } from "@/lib/events/events";
import { myWorkspaces } from "@/lib/partners/team";

export const metadata: Metadata = { title: "Events" };

export default async function EventsPage({ searchParams }: { searchParams: Promise<{ created?: string }> }) {
  const organizer = await requireOrganizerPage("/events");
  const events = listEvents(organizer);
  const workspaces = myWorkspaces(organizer);
  // Only an event of theirs is named: ?created= with another id says nothing.
  const createdId = Number((await searchParams).created);
  const created = events.find((e) => e.id === createdId);
  return (
    <>
      <h1>Your events</h1>
      {created && (
        <div className="alert ok" role="status">
          <p style={{ margin: 0 }}>
            <strong>{created.name}</strong> was created, with you as its owner and the default consent notices.
          </p>
          <p style={{ margin: "0.25rem 0 0" }}>
            Next: <Link href={`/events/${created.id}`}>open the event</Link> to add partners, import attendees and pair booth phones.
          </p>
        </div>
      )}
      {workspaces.length > 0 && (
        <p className="card">
          You also work on the team of {workspaces.length === 1 ? workspaces[0]!.partnerName : `${workspaces.length} partners`}:{" "}
          <Link href="/partners">your partner workspaces</Link>.
        </p>
      )}
      {events.length === 0 ? (
        <div className="card stack">
          <p>You are not an organizer of any event yet.</p>
          <p>
            <Link className="button" href="/events/new">
              Create an event
            </Link>
          </p>
          <p className="muted small">Or ask an organizer of an existing event to invite you.</p>
        </div>
      ) : (
        <>
          <p>
            <Link className="button" href="/events/new">
              Create an event
            </Link>
          </p>
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
        </>
      )}
    </>
  );
}
