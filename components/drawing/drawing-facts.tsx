// A drawing's rules, status and commitment, as the public page shows them to everyone.
import type { PublishedDrawing } from "@/lib/drawing/recompute-drawing";
import { STATUS_LABEL, plural, utc } from "./format";

export function DrawingFacts({ drawing: d, createdAt, jsonUrl }: { drawing: PublishedDrawing; createdAt: Date; jsonUrl: string }) {
  return (
    <section className="card stack" aria-label="Rules">
      <dl className="stack" style={{ margin: 0 }}>
        <Fact term="Prize">{d.prize}</Fact>
        <Fact term="Winners">{plural(d.winnersCount, "winner", "winners")}</Fact>
        <Fact term="Who can win">
          {d.eligibility} Entering is the attendee&apos;s own choice, on the booth screen or on their personal page; sharing contact
          details has nothing to do with it.
        </Fact>
        <Fact term="Entries close">{d.closesAt ? utc(d.closesAt) : "When the organizer draws the winners"}</Fact>
        <Fact term="Status">
          <span data-testid="drawing-status">{STATUS_LABEL[d.status]}</span>
          {d.drawnAt && <> ({utc(d.drawnAt)})</>}
        </Fact>
        <Fact term="Commitment">
          <code data-testid="commitment">{d.seedSha256}</code>
          <br />
          <span className="muted small">
            The SHA-256 of the secret random seed that decides the winners, published since {utc(createdAt)}. The seed is revealed
            at the draw; because it must match this hash, it cannot have been changed to favour anyone.
          </span>
        </Fact>
      </dl>
      <p className="small">
        Published data: <a href={jsonUrl}>result.json</a>
      </p>
    </section>
  );
}

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="small muted" style={{ fontWeight: 600 }}>
        {term}
      </dt>
      <dd style={{ margin: 0 }}>{children}</dd>
    </div>
  );
}
