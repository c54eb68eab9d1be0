import type { Metadata } from "next";
import { SettingsForm } from "@/components/organizer/settings-form";
import { TimeZoneForm } from "@/components/organizer/time-zone-form";
import { TIME_ZONES } from "@/lib/events/time-zone";
import { organizerEventPage } from "@/lib/http/event-page";
import { EVENT_LEGAL_FIELDS } from "@/lib/parties/legal-fields";
import { readEventLegal } from "@/lib/parties/set-legal-details";
import { saveEventLegalAction, saveEventTimeZoneAction } from "./actions";
import { PageHeader } from "@/components/organizer/page-header";

export const metadata: Metadata = { title: "Legal details" };

export default async function LegalDetailsPage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId, organizer, event } = await organizerEventPage((await params).eventId, "/legal");
  const legal = readEventLegal(organizer, eventId);
  return (
    <>
      <PageHeader back={`/events/${eventId}`} backLabel={event.name} title="Legal details" />
      <p>
        Every consent receipt (ISO/IEC TS 27560) names the organizer as a party, the law that applies, where the data is kept
        and for how long, and where attendees may complain. What you leave empty, receipts show as “not stated”. Each
        partner&apos;s own legal details are on its page.
      </p>
      <section className="card" style={{ maxWidth: "40rem" }}>
        <SettingsForm
          ids={{ eventId }}
          fields={EVENT_LEGAL_FIELDS}
          values={legal}
          submitLabel="Save the legal details"
          action={saveEventLegalAction}
          testId="event-legal"
        />
      </section>
      <section className="card" style={{ maxWidth: "40rem" }}>
        <h2>Time zone</h2>
        <TimeZoneForm eventId={eventId} timeZones={TIME_ZONES} value={event.timeZone} action={saveEventTimeZoneAction} />
      </section>
    </>
  );
}
