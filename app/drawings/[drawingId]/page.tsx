import type { Metadata } from "next";
import { getPublicDrawing } from "@/lib/drawing/public-drawing";
import { idParam, orNotFound } from "@/lib/http/pages";
import { DrawingFacts } from "@/components/drawing/drawing-facts";
import { PublicResult } from "@/components/drawing/public-result";
import { VerifySteps } from "@/components/drawing/verify-steps";
import { publicBase } from "@/lib/http/public-base";

export const metadata: Metadata = { title: "Prize drawing" };
// Status, seed and winners change at the draw: never serve a cached copy.
export const dynamic = "force-dynamic";

/** The public page of a drawing: no sign-in, the same for everyone. */
export default async function PublicDrawingPage({ params }: { params: Promise<{ drawingId: string }> }) {
  const drawingId = idParam((await params).drawingId);
  const { published: d, winners, createdAt } = orNotFound(() => getPublicDrawing(drawingId));
  const jsonUrl = `${await publicBase()}/drawings/${d.drawingId}/result.json`;
  return (
    <main className="narrow stack">
      <p className="muted small">{d.event} · Prize drawing</p>
      <h1>{d.name}</h1>
      <DrawingFacts drawing={d} createdAt={createdAt} jsonUrl={jsonUrl} />
      {d.seed !== null && d.eligibleEntryIds !== null ? (
        <>
          <PublicResult drawing={d} winners={winners} />
          <VerifySteps
            seed={d.seed}
            seedSha256={d.seedSha256}
            eligibleEntryIds={d.eligibleEntryIds}
            winnersCount={d.winnersCount}
            jsonUrl={jsonUrl}
          />
        </>
      ) : (
        <section className="card stack">
          <h2>How the winners will be drawn</h2>
          <p>
            When the organizer draws, entries close for good. Every entry whose attendee visited enough booths before the closing
            time is eligible. Each eligible entry gets a score computed from the secret seed and its entry number; the lowest
            scores win. Then this page publishes the seed, the list of eligible entry numbers and the winners, with the commands
            to recompute the result yourself.
          </p>
          <p className="muted small">{d.algorithm}</p>
        </section>
      )}
    </main>
  );
}
