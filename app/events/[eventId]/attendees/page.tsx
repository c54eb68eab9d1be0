import type { Metadata } from "next";
import Link from "next/link";
import { PrintBadges } from "@/components/badges/print-badges";
import { AttendeePager, AttendeeSearch } from "@/components/organizer/attendee-search";
import { EraseAttendee } from "@/components/organizer/erase-attendee";
import { PageHeader } from "@/components/organizer/page-header";
import { ATTENDEE_FILTERS, searchAttendees } from "@/lib/attendees/search-attendees";
import { formatBadgeCode } from "@/lib/badges/badge-code";
import { organizerEventPage } from "@/lib/http/event-page";
import { publicBase } from "@/lib/http/public-base";
import { eraseAttendeeAction } from "./actions";

export const metadata: Metadata = { title: "Attendees" };

type Search = { erased?: string; q?: string; filter?: string; page?: string };

export default async function AttendeesPage({ params, searchParams }: { params: Promise<{ eventId: string }>; searchParams: Promise<Search> }) {
  const { eventId, organizer, event } = await organizerEventPage((await params).eventId, "/attendees");
  const { erased, ...query } = await searchParams;
  const found = searchAttendees(organizer, eventId, { q: query.q, filter: query.filter as never, page: query.page as never });
  const searching = found.q !== "" || found.filter !== "all";
  return (
    <>
      <PageHeader back={`/events/${eventId}`} backLabel={event.name} title="Attendees and badges" />
      {erased === "1" && (
        <p className="alert ok" role="status">
          The attendee&apos;s data was erased: their contact details, personal page and badge are gone, and every partner lost the lead
          (its suppression list keeps only a hash of the email).
        </p>
      )}
      <p className="row">
        <Link className="button" href={`/events/${eventId}/attendees/new`}>
          Add an attendee
        </Link>
        <Link href={`/events/${eventId}/import`}>Import attendees from a file</Link>
      </p>
      {found.total === 0 && !searching ? (
        <p className="muted">
          No attendees yet. <Link href={`/events/${eventId}/import`}>Import them</Link> from your registration system&apos;s export, or
          add them one at a time.
        </p>
      ) : (
        <>
          <PrintBadges eventId={eventId} personalPageBase={await publicBase()} />
          <AttendeeSearch eventId={eventId} q={found.q} filter={found.filter} filters={ATTENDEE_FILTERS} />
          <p data-testid="attendee-count">
            {found.total === 0 ? "No attendee matches." : `${found.total} ${found.total === 1 ? "attendee" : "attendees"}${searching ? " match" : ""}.`}
          </p>
          {found.total > 0 && (
            <div className="table-wrap">
              <table data-testid="attendee-list">
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Company</th>
                    <th scope="col">Email</th>
                    <th scope="col">Badge code</th>
                    <th scope="col">Badge</th>
                    <th scope="col">Booths visited</th>
                    <th scope="col">Shared with</th>
                    <th scope="col">Erasure</th>
                  </tr>
                </thead>
                <tbody>
                  {found.rows.map((a) => (
                    <tr key={a.id}>
                      <td>
                        <Link href={`/events/${eventId}/attendees/${a.id}`}>
                          {a.firstName} {a.lastName}
                        </Link>
                      </td>
                      <td>{a.company}</td>
                      <td>{a.email}</td>
                      <td>
                        <code>{formatBadgeCode(a.badgeCode)}</code>
                      </td>
                      <td>
                        <Link href={`/events/${eventId}/attendees/${a.id}/badge`}>Front and back</Link>
                      </td>
                      <td>{a.visits}</td>
                      <td>{a.shares === 0 ? "nobody" : `${a.shares} ${a.shares === 1 ? "partner" : "partners"}`}</td>
                      <td>
                        <EraseAttendee eventId={eventId} attendeeId={a.id} name={`${a.firstName} ${a.lastName}`.trim()} action={eraseAttendeeAction} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <AttendeePager eventId={eventId} q={found.q} filter={found.filter} page={found.page} pages={found.pages} />
        </>
      )}
    </>
  );
}
