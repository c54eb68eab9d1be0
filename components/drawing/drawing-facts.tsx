// A drawing's rules, status and commitment, and from the freeze on what was frozen, as the
// public page shows them to everyone. Everything comes from the published record.
import type { PublishedDrawing } from "@/lib/drawing/published-drawing";
import { STATUS_LABEL, plural, textIn, utc } from "./format";

export function DrawingFacts({ drawing: d, jsonUrl }: { drawing: PublishedDrawing; jsonUrl: string }) {
  const f = d.freeze;
  return (
    <section className="card stack" aria-label="Rules">
      <dl className="stack" style={{ margin: 0 }}>
        <Fact term="Prize">{textIn(d.rules.texts, "prize")}</Fact>
        <Fact term="Winners">{plural(d.rules.winnersCount, "winner", "winners")}</Fact>
        <Fact term="Who can win">
          {textIn(d.rules.texts, "eligibility")} Entering is the attendee&apos;s own choice, on the booth screen or on their personal
          page; sharing contact details has nothing to do with it.
        </Fact>
        <Fact term="Entries close">{d.rules.closesAt ? utc(d.rules.closesAt) : "When the organizer freezes the entries"}</Fact>
        <Fact term="Randomness">
          {d.rules.beacon.rule}
          {d.rules.witnesses.length > 0 && <> Named witnesses, each adding a value of their own at the draw: {d.rules.witnesses.join(", ")}.</>}
        </Fact>
        <Fact term="Status">
          <span data-testid="drawing-status">{STATUS_LABEL[d.status]}</span>
          {d.draw && <> ({utc(d.draw.drawnAt)})</>}
        </Fact>
        <Fact term="Commitment">
          <code data-testid="commitment">{d.seedSha256}</code>
          <br />
          <span className="muted small">
            The SHA-256 of the secret random seed, published since {utc(d.createdAt)}. The seed is revealed at the draw; because it
            must match this hash, it cannot have been changed to favour anyone.
          </span>
        </Fact>
        {f && (
          <Fact term="Frozen">
            {utc(f.frozenAt)}: {plural(f.entryCount, "eligible entry", "eligible entries")}; {f.requiredBooths} of{" "}
            {f.partnersCounted} partner booths needed; visits received by {utc(f.receivedBy)}. Entry root{" "}
            <code data-testid="entry-root">{f.entryRoot}</code>. Beacon: drand quicknet round{" "}
            <a href={f.beaconUrl} data-testid="beacon-round">
              {f.beaconRound}
            </a>
            . Freeze hash <code data-testid="freeze-hash">{d.freezeSha256}</code>
            <br />
            <span className="muted small">
              Keep these: the result must match them. Each entry is a salted hash; only its entrant can show which one is theirs.
            </span>
          </Fact>
        )}
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
