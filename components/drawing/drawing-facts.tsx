// A drawing's rules, status and commitment, and from the freeze on what was frozen, as the
// public page shows them to everyone. Everything comes from the published record.
import type { PublishedDrawing } from "@/lib/drawing/published-drawing";
import { formatDateTime } from "@/lib/i18n/format-date";
import type { Language } from "@/lib/i18n/language";
import { PUBLIC_DRAWING_COPY } from "@/lib/i18n/public-drawing-copy";
import { PublishedText } from "./published-text";

export function DrawingFacts({ drawing: d, jsonUrl, language }: { drawing: PublishedDrawing; jsonUrl: string; language: Language }) {
  const t = PUBLIC_DRAWING_COPY[language];
  // UTC, not the event's zone: a public record that verifiers anywhere compare (decision 044).
  const when = (at: string) => formatDateTime(at, language, { timeZone: "UTC" });
  const f = d.freeze;
  const r = d.rules;
  return (
    <section className="card stack" aria-label={t.rules}>
      <dl className="stack" style={{ margin: 0 }}>
        <Fact term={t.prize}>
          <PublishedText texts={r.texts} field="prize" language={language} />
        </Fact>
        <Fact term={t.winners}>{t.winnersCount(r.winnersCount)}</Fact>
        <Fact term={t.whoCanWin}>
          {t.rule(r, r.texts.eligibility?.en ?? "")} {t.enteringIsAChoice}
        </Fact>
        <Fact term={t.entriesClose}>{r.closesAt ? when(r.closesAt) : t.closesAtFreeze}</Fact>
        <Fact term={t.randomness}>
          {t.beaconRule(r.beacon.rule)}
          {r.witnesses.length > 0 && <> {t.witnesses(r.witnesses.join(", "))}</>}
        </Fact>
        <Fact term={t.status}>
          <span data-testid="drawing-status">{t.statusLabel[d.status]}</span>
          {d.draw && <> ({when(d.draw.drawnAt)})</>}
        </Fact>
        <Fact term={t.commitment}>
          <code data-testid="commitment">{d.seedSha256}</code>
          <br />
          <span className="muted small">{t.commitmentNote(when(d.createdAt))}</span>
        </Fact>
        {f && (
          <Fact term={t.frozen}>
            {t.frozenLine({ at: when(f.frozenAt), entries: f.entryCount, required: f.requiredBooths, partners: f.partnersCounted, receivedBy: when(f.receivedBy) })}{" "}
            {t.entryRoot} <code data-testid="entry-root">{f.entryRoot}</code>. {t.beaconRound}{" "}
            <a href={f.beaconUrl} data-testid="beacon-round">
              {f.beaconRound}
            </a>
            . {t.freezeHash} <code data-testid="freeze-hash">{d.freezeSha256}</code>
            <br />
            <span className="muted small">{t.keepThese}</span>
          </Fact>
        )}
      </dl>
      <p className="small">
        {t.publishedData} <a href={jsonUrl}>result.json</a>
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
