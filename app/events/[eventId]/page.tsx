import type { Metadata } from "next";
import { organizerEventPage } from "@/lib/http/event-page";
import Link from "next/link";
import { summarizeDrawings } from "@/lib/drawing/drawing-summary";
import { missingEventLegal } from "@/lib/parties/legal-details";
import { readEventLegal } from "@/lib/parties/set-legal-details";
import { listPartners } from "@/lib/partners/partners";
import { ExportAll } from "@/components/exports/export-all";
import { RetentionSummary } from "@/components/organizer/retention-summary";
import { readRetention } from "@/lib/retention/read-retention";
import { AutoRefresh } from "@/components/leads/auto-refresh";
import { MissingTranslations } from "@/components/organizer/missing-translations";
import { missingTranslations } from "@/lib/events/missing-translations";

export const metadata: Metadata = { title: "Event" };

export default async function EventPage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId, organizer, event } = await organizerEventPage((await params).eventId);
  const partners = listPartners(organizer, eventId);
  const drawings = summarizeDrawings(organizer, eventId);
  const missingLegal = missingEventLegal(readEventLegal(organizer, eventId)).length;
  return (
    <>
      <h1>{event.name}</h1>
      <nav aria-label="Event" className="row small">
        <Link href={`/events/${eventId}/dashboard`}>Dashboard</Link>
        <Link href={`/events/${eventId}/import`}>Import attendees</Link>
        <Link href={`/events/${eventId}/attendees`}>Attendees and badges</Link>
        <Link href={`/events/${eventId}/notice`}>Consent notice</Link>
        <Link href={`/events/${eventId}/legal`}>Legal details</Link>
        <Link href={`/events/${eventId}/agreement`}>Partner agreement</Link>
        <Link href={`/events/${eventId}/exports`}>Export history</Link>
        <Link href={`/events/${eventId}/organizers`}>Organizers</Link>
        <Link href={`/events/${eventId}/mail`}>Mail</Link>
        <Link href={`/events/${eventId}/audit`}>Audit log</Link>
      </nav>
      {missingLegal > 0 && (
        <p className="alert" role="status" data-testid="legal-nudge">
          Consent receipts say “not stated” for {missingLegal} of the organizer&apos;s legal details (legal name, jurisdiction,
          retention, supervisory authority …). <Link href={`/events/${eventId}/legal`}>Enter the legal details</Link>
        </p>
      )}
      <MissingTranslations missing={missingTranslations(organizer, eventId)} />
      <RetentionSummary eventId={eventId} retention={readRetention(organizer, eventId)} />
      <AutoRefresh seconds={10} timeZone={event.timeZone} />
      <section className="card">
        <div className="row" style={{ justifyContent: "space-between" }}>
          <h2 style={{ margin: 0 }}>Partners</h2>
          <Link className="button secondary" href={`/events/${eventId}/partners/new`}>
            Add a partner
          </Link>
        </div>
        {partners.length === 0 ? (
          <p className="muted">No partners yet. Add the exhibitors and sponsors whose booths will scan badges.</p>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Partner</th>
                  <th scope="col">Booth</th>
                  <th scope="col">Current leads</th>
                </tr>
              </thead>
              <tbody>
                {partners.map((p) => (
                  <tr key={p.id}>
                    <td>
                      <Link href={`/events/${eventId}/partners/${p.id}`}>{p.name}</Link>
                    </td>
                    <td>{p.booth}</td>
                    <td>{p.leads}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className="card">
        <h2>Exports</h2>
        <ExportAll eventId={eventId} />
      </section>
      <section className="card">
        <h2>Prize drawing</h2>
        {drawings.length === 0 ? (
          <p className="muted">This event has no prize drawing.</p>
        ) : (
          drawings.map((d) => (
            <p key={d.id} data-testid={`drawing-${d.id}`}>
              <strong>{d.name}</strong> ({d.prize}): {d.entries} {d.entries === 1 ? "entry" : "entries"}, {d.eligible}{" "}
              eligible (visits to at least {d.required} {d.required === 1 ? "booth" : "booths"}, whatever they decided about
              sharing). {d.status === "drawn" ? "Drawn." : d.status === "frozen" ? "Frozen, not drawn yet." : d.status === "closed" ? "Closed, not drawn yet." : "Open."}{" "}
              <Link href={`/drawings/${d.id}`}>Public page</Link>
            </p>
          ))
        )}
        <p>
          <Link href={`/events/${eventId}/drawings`}>Manage prize drawings</Link>
        </p>
      </section>
    </>
  );
}
