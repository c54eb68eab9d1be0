import type { Metadata } from "next";
import Link from "next/link";
import { AttendeeDecisions, AttendeeVisits } from "@/components/organizer/attendee-history";
import { AttendeeForm } from "@/components/organizer/attendee-form";
import { PageHeader } from "@/components/organizer/page-header";
import { ReissueBadge } from "@/components/organizer/reissue-badge";
import { getAttendeeDetail } from "@/lib/attendees/attendee-history";
import { readAttendeeFields } from "@/lib/attendees/update-attendee";
import { formatBadgeCode } from "@/lib/badges/badge-code";
import { organizerEventPage } from "@/lib/http/event-page";
import { idParam, orNotFound } from "@/lib/http/pages";
import { reissueBadgeAction, updateAttendeeAction } from "../actions";

export const metadata: Metadata = { title: "Attendee" };

type Params = { eventId: string; attendeeId: string };

/** One attendee: details to correct, the badge (print, reissue), every visit and decision. Never their personal link. */
export default async function AttendeePage({ params, searchParams }: { params: Promise<Params>; searchParams: Promise<{ added?: string; reissued?: string }> }) {
  const raw = await params;
  const attendeeId = idParam(raw.attendeeId);
  const { eventId, organizer, event } = await organizerEventPage(raw.eventId, `/attendees/${attendeeId}`);
  const detail = orNotFound(() => getAttendeeDetail(organizer, eventId, attendeeId));
  const fields = readAttendeeFields(organizer, eventId, attendeeId);
  const { added, reissued } = await searchParams;
  const name = `${detail.firstName} ${detail.lastName}`.trim();
  const badgeHref = `/events/${eventId}/attendees/${attendeeId}/badge`;
  return (
    <>
      <PageHeader back={`/events/${eventId}/attendees`} backLabel="Attendees" title={name} />
      {added === "1" && (
        <p className="alert ok" role="status">
          {name} was added with a new badge code. <Link href={badgeHref}>Print the badge</Link>: its back carries their personal page.
        </p>
      )}
      {reissued === "1" && (
        <p className="alert ok" role="status">
          The badge was reissued: the old code and personal link no longer work. <Link href={badgeHref}>Print the new badge</Link> and hand it over.
        </p>
      )}
      <section className="card stack" aria-labelledby="badge">
        <h2 id="badge">Badge</h2>
        <p>
          Code <code data-testid="badge-code">{formatBadgeCode(detail.badgeCode)}</code>
          {detail.badgeSource === "vendor" && <span className="muted"> (the registration system&apos;s)</span>} ·{" "}
          <Link href={badgeHref}>Front and back</Link>
        </p>
        <p className="small muted">
          Lost badge? Reissue it: the lost one stops working at once, at every booth and for the personal page on its back.
        </p>
        <ReissueBadge eventId={eventId} attendeeId={attendeeId} name={name} action={reissueBadgeAction} />
      </section>
      <section className="stack" aria-labelledby="decisions">
        <h2 id="decisions">Decisions</h2>
        <AttendeeDecisions eventId={eventId} decisions={detail.decisions} timeZone={event.timeZone} />
      </section>
      <section className="stack" aria-labelledby="visits">
        <h2 id="visits">Booth visits</h2>
        <AttendeeVisits visits={detail.visits} timeZone={event.timeZone} />
      </section>
      <section className="card" aria-labelledby="details" style={{ maxWidth: "40rem", marginTop: "1rem" }}>
        <h2 id="details">Contact details</h2>
        <AttendeeForm eventId={eventId} attendeeId={attendeeId} values={fields} submitLabel="Save the details" action={updateAttendeeAction} />
      </section>
    </>
  );
}
