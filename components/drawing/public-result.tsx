// The published outcome: winners (first name, initial, entry number), the seed, the beacon's
// randomness and the witnesses' values, all from the record written at the draw.
import type { DrawRecord } from "@/lib/drawing/published-drawing";
import type { Language } from "@/lib/i18n/language";
import { PUBLIC_DRAWING_COPY } from "@/lib/i18n/public-drawing-copy";

/** A format-1 result (legacy-result.tsx) has no beacon randomness: null leaves that line out. */
type Shown = Pick<DrawRecord, "seed" | "witnessValues"> & {
  beaconRandomness: string | null;
  winners: Pick<DrawRecord["winners"][number], "rank" | "entryId" | "displayName">[];
};

export function PublicResult({ draw, language }: { draw: Shown; language: Language }) {
  const t = PUBLIC_DRAWING_COPY[language];
  return (
    <>
      <section className="card stack" aria-labelledby="winners-heading">
        <h2 id="winners-heading">{t.winnersHeading}</h2>
        {draw.winners.length === 0 ? (
          <p data-testid="winners">{t.nobodyWon}</p>
        ) : (
          <ol data-testid="winners">
            {draw.winners.map((w) => (
              <li key={w.rank}>
                <strong>{w.displayName || t.erasedWinner}</strong> — {t.entry(w.entryId)}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="card stack" aria-labelledby="published-heading">
        <h2 id="published-heading">{t.publishedHeading}</h2>
        <p>
          {t.seed} <code data-testid="seed">{draw.seed}</code>
        </p>
        {draw.beaconRandomness !== null && (
          <p>
            {t.beaconRandomness} <code data-testid="beacon-randomness">{draw.beaconRandomness}</code>
          </p>
        )}
        {draw.witnessValues.map((w) => (
          <p key={w.name}>
            {w.name}: <code>{w.value}</code>
          </p>
        ))}
      </section>
    </>
  );
}
