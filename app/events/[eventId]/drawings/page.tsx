import type { Metadata } from "next";
import { organizerEventPage } from "@/lib/http/event-page";
import { listWinners, summarizeDrawings } from "@/lib/drawing/drawing-summary";
import { NewDrawingForm } from "@/components/drawing/new-drawing-form";
import { OrganizerDrawings } from "@/components/drawing/organizer-drawings";
import { createDrawingAction, drawWinnersAction, freezeDrawingAction } from "./actions";
import { PageHeader } from "@/components/organizer/page-header";

export const metadata: Metadata = { title: "Prize drawings" };

export default async function DrawingsPage({ params }: { params: Promise<{ eventId: string }> }) {
  const { eventId, organizer, event } = await organizerEventPage((await params).eventId, "/drawings");
  const drawings = summarizeDrawings(organizer, eventId);
  const winners = Object.fromEntries(
    drawings.filter((d) => d.status === "drawn").map((d) => [d.id, listWinners(organizer, eventId, d.id)]),
  );
  return (
    <>
      <PageHeader back={`/events/${eventId}`} backLabel={event.name} title="Prize drawings" />
      <p className="muted">
        Attendees enter themselves, on the booth screen or on their personal page, and qualify by visiting booths, whatever
        they decide about sharing. Each drawing commits to a secret seed when it is created; after the close and its grace
        period you freeze the eligible entries (their Merkle root is published and a future drand beacon round is named); after
        that round you type its randomness and draw. Anyone can check the winners on the public page.
      </p>
      <section className="stack" aria-label="Drawings">
        <OrganizerDrawings eventId={eventId} drawings={drawings} winners={winners} draw={drawWinnersAction} freeze={freezeDrawingAction} />
      </section>
      <section className="card">
        <h2>New drawing</h2>
        <NewDrawingForm eventId={eventId} action={createDrawingAction} />
      </section>
    </>
  );
}
