// A drawing drawn before the freeze existed (format 1): its result as published then, read-only,
// with a note that it predates the freeze. Same words as the current page, per language.
import type { LegacyDrawing } from "@/lib/drawing/legacy-drawing";
import { formatDateTime } from "@/lib/i18n/format-date";
import type { Language } from "@/lib/i18n/language";
import { PUBLIC_DRAWING_COPY } from "@/lib/i18n/public-drawing-copy";
import { LanguageLinks } from "./language-links";
import { PublicResult } from "./public-result";
import { PublishedText } from "./published-text";

export function LegacyResult({ drawing: d, language, path }: { drawing: LegacyDrawing; language: Language; path: string }) {
  const t = PUBLIC_DRAWING_COPY[language];
  const texts = { name: { en: d.name, ...(d.nameDe && { de: d.nameDe }) }, prize: { en: d.prize, ...(d.prizeDe && { de: d.prizeDe }) } };
  const draw = { seed: d.seed, beaconRandomness: null, witnessValues: [], winners: d.winners };
  return (
    <main className="narrow stack" lang={language}>
      <p className="muted small">{t.eventLine(d.event)}</p>
      <h1>
        <PublishedText texts={texts} field="name" language={language} />
      </h1>
      <LanguageLinks path={path} language={language} />
      <p className="alert" data-testid="predates-freeze">
        {t.predatesFreeze}
      </p>
      <section className="card stack" aria-label={t.rules}>
        <dl className="stack" style={{ margin: 0 }}>
          <div>
            <dt className="small muted">{t.prize}</dt>
            <dd style={{ margin: 0 }}>
              <PublishedText texts={texts} field="prize" language={language} />
            </dd>
          </div>
          <div>
            <dt className="small muted">{t.status}</dt>
            <dd style={{ margin: 0 }}>
              <span data-testid="drawing-status">{t.statusLabel.drawn}</span> ({formatDateTime(d.drawnAt, language, { timeZone: "UTC" })})
            </dd>
          </div>
          <div>
            <dt className="small muted">{t.commitment}</dt>
            <dd style={{ margin: 0 }}>
              <code data-testid="commitment">{d.seedSha256}</code>
            </dd>
          </div>
          <div>
            <dt className="small muted">{t.eligibleEntries}</dt>
            <dd style={{ margin: 0 }} data-testid="eligible-entries">
              {d.eligibleEntryIds.join(", ") || "—"}
            </dd>
          </div>
        </dl>
        <p className="small">
          {t.publishedData} <a href={`${path}/result.json`}>result.json</a>
        </p>
      </section>
      <PublicResult draw={draw} language={language} />
      <p className="muted small">{t.legacyAlgorithm(d.algorithm)}</p>
    </main>
  );
}
