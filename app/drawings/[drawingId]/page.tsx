import type { Metadata } from "next";
import { getPublicDrawing } from "@/lib/drawing/public-drawing";
import { textOf } from "@/lib/drawing/published-drawing";
import { idParam, orNotFound } from "@/lib/http/pages";
import { DrawingFacts } from "@/components/drawing/drawing-facts";
import { PublicResult } from "@/components/drawing/public-result";
import { VerifySteps } from "@/components/drawing/verify-steps";
import { publicBase } from "@/lib/http/public-base";

export const metadata: Metadata = { title: "Prize drawing" };
// Status, seed and winners change at the freeze and the draw: never serve a cached copy.
export const dynamic = "force-dynamic";

/** The public page of a drawing: no sign-in, the same for everyone; from the freeze on, the stored record. */
export default async function PublicDrawingPage({ params }: { params: Promise<{ drawingId: string }> }) {
  const drawingId = idParam((await params).drawingId);
  const { published: d } = orNotFound(() => getPublicDrawing(drawingId));
  const jsonUrl = `${await publicBase()}/drawings/${d.drawingId}/result.json`;
  return (
    <main className="narrow stack">
      <p className="muted small">{d.event} · Prize drawing</p>
      <h1>{textOf(d.rules.texts, "name")}</h1>
      <DrawingFacts drawing={d} jsonUrl={jsonUrl} />
      {d.draw ? (
        <>
          <PublicResult draw={d.draw} />
          <VerifySteps drawing={d} jsonUrl={jsonUrl} />
        </>
      ) : (
        <section className="card stack">
          <h2>How the winners will be drawn</h2>
          <p>
            When entries close and the grace period for offline phones has passed, the organizer freezes the eligible entries:
            this page then publishes their Merkle root and names a future drand beacon round. After that round, the winners are
            drawn from the secret seed and the round&apos;s randomness together, and this page publishes everything needed to
            recompute them.
          </p>
          <p className="muted small">{d.algorithm}</p>
        </section>
      )}
    </main>
  );
}
