// The published outcome: winners (first name, initial, entry number), the seed, the beacon's
// randomness and the witnesses' values, all from the record written at the draw.
import type { DrawRecord } from "@/lib/drawing/published-drawing";

export function PublicResult({ draw }: { draw: DrawRecord }) {
  return (
    <>
      <section className="card stack" aria-labelledby="winners-heading">
        <h2 id="winners-heading">Winners</h2>
        {draw.winners.length === 0 ? (
          <p data-testid="winners">No entry was eligible, so nobody won.</p>
        ) : (
          <ol data-testid="winners">
            {draw.winners.map((w) => (
              <li key={w.rank}>
                <strong>{w.displayName}</strong> — entry #{w.entryId}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="card stack" aria-labelledby="published-heading">
        <h2 id="published-heading">Published at the draw</h2>
        <p>
          Seed: <code data-testid="seed">{draw.seed}</code>
        </p>
        <p>
          Beacon randomness: <code data-testid="beacon-randomness">{draw.beaconRandomness}</code>
        </p>
        {draw.witnessValues.map((w) => (
          <p key={w.name}>
            {w.name}: <code>{w.value}</code>
          </p>
        ))}
      </section>
    </>
  );
}
