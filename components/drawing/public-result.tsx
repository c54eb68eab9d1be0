// The published outcome: winners (first name, initial, entry number), the seed and the frozen
// list of eligible entry numbers.
import type { PublicWinner } from "@/lib/drawing/public-drawing";
import type { PublishedDrawing } from "@/lib/drawing/recompute-drawing";
import { plural } from "./format";

export function PublicResult({ drawing: d, winners }: { drawing: PublishedDrawing; winners: PublicWinner[] }) {
  const eligible = d.eligibleEntryIds ?? [];
  return (
    <>
      <section className="card stack" aria-labelledby="winners-heading">
        <h2 id="winners-heading">Winners</h2>
        {winners.length === 0 ? (
          <p data-testid="winners">No entry was eligible, so nobody won.</p>
        ) : (
          <ol data-testid="winners">
            {winners.map((w) => (
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
          Seed: <code data-testid="seed">{d.seed}</code>
        </p>
        <p>
          {plural(eligible.length, "eligible entry", "eligible entries")} (entry numbers only):{" "}
          <span className="code" data-testid="eligible-entries">
            {eligible.join(", ") || "none"}
          </span>
        </p>
      </section>
    </>
  );
}
