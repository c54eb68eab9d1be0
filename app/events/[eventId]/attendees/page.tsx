import type { Metadata } from "next";
import { organizerEventPage } from "@/lib/http/event-page";
import Link from "next/link";
import { PrintBadges } from "@/components/badges/print-badges";
import { publicBase } from "@/lib/http/public-base";
import { listBadges } from "@/lib/attendees/attendees";
import { formatBadgeCode } from "@/lib/badges/badge-code";
import { EraseAttendee } from "@/components/organizer/erase-attendee";
import { eraseAttendeeAction } from "./actions";
import { PageHeader } from "@/components/organizer/page-header";

export const metadata: Metadata = { title: "Attendees" };

export default async function AttendeesPage({ params, searchParams }: { params: Promise<{ eventId: string }>; searchParams: Promise<{ erased?: string }> }) {
  const { eventId, organizer, event } = await organizerEventPage((await params).eventId, "/attendees");
  const badges = listBadges(organizer, eventId);
  const { erased } = await searchParams;
  return (
    <>
      <PageHeader back={`/events/${eventId}`} backLabel={event.name} title="Attendees and badges" />
      {erased === "1" && (
        <p className="alert ok" role="status">
          The attendee&apos;s data was erased: their contact details, personal page and badge are gone, and every partner lost the lead
          (its suppression list keeps only a hash of the email).
        </p>
      )}
      {badges.length > 0 && <PrintBadges eventId={eventId} personalPageBase={await publicBase()} />}
      {badges.length === 0 ? (
        <p className="muted">
          No attendees yet. <Link href={`/events/${eventId}/import`}>Import them</Link> from your registration system&apos;s
          export, or add one with <code>npm run fairlead -- add-attendee --event {event.slug} …</code>
        </p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Company</th>
                <th scope="col">Badge code</th>
                <th scope="col">Badge</th>
                <th scope="col">Erasure</th>
              </tr>
            </thead>
            <tbody>
              {badges.map((b) => (
                <tr key={b.attendeeId}>
                  <td>
                    {b.firstName} {b.lastName}
                  </td>
                  <td>{b.company}</td>
                  <td>
                    <code>{formatBadgeCode(b.badgeCode)}</code>
                  </td>
                  <td>
                    <Link href={`/events/${eventId}/attendees/${b.attendeeId}/badge`}>Front and back</Link>
                  </td>
                  <td>
                    <EraseAttendee eventId={eventId} attendeeId={b.attendeeId} name={`${b.firstName} ${b.lastName}`} action={eraseAttendeeAction} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
