// The attendee's drawings on their own page: entered or not, visits so far, what is still
// needed, and the result once drawn. `enter` is a server action that reads the hidden drawingId
// (and the hidden token, when the page is reached by its personal-page token).
import type { AttendeeDrawingStatus } from "@/lib/drawing/attendee-drawing-status";
import type { FormAction } from "@/lib/errors";
import { DRAWING_COPY } from "@/lib/i18n/drawing-copy";
import { formatDateTime } from "@/lib/i18n/format-date";
import type { Language } from "@/lib/i18n/language";
import { FALLBACK_MARK, translated } from "@/lib/i18n/translated";
import { EnterDrawing } from "./enter-drawing";
import { MyEntryProof } from "./my-entry-proof";

type Enter = FormAction<void>;
type Words = (typeof DRAWING_COPY)[Language];

/** An organizer text in the page's language, or the English one marked as English (lang="en"). */
function OrganizerText({ en, de, language }: { en: string; de: string | null; language: Language }) {
  const w = translated(en, de, language);
  return w.fallback ? (
    <>
      <span lang="en">{w.text}</span> {FALLBACK_MARK[language]}
    </>
  ) : (
    <>{w.text}</>
  );
}

export function DrawingStatusList({
  statuses,
  token,
  enter,
  language = "en",
  timeZone,
}: {
  statuses: AttendeeDrawingStatus[];
  token?: string;
  enter: Enter;
  language?: Language;
  /** The event's zone (decision 044). */
  timeZone: string;
}) {
  const t = DRAWING_COPY[language];
  if (statuses.length === 0) return <p className="muted">{t.none}</p>;
  return (
    <ul className="stack" style={{ listStyle: "none", padding: 0 }}>
      {statuses.map((d) => (
        <li key={d.drawingId} className="card stack" data-testid={`my-drawing-${d.drawingId}`}>
          <h3>
            <OrganizerText en={d.name} de={d.nameDe} language={language} />{" "}
            <span className="muted small">
              · <OrganizerText en={d.prize} de={d.prizeDe} language={language} />
            </span>
          </h3>
          {d.drawn ? <Result d={d} t={t} /> : <Progress d={d} token={token} enter={enter} t={t} language={language} timeZone={timeZone} />}
          {d.proof && <MyEntryProof proof={d.proof} language={language} />}
          <p className="small">
            <a href={`/drawings/${d.drawingId}`}>{t.rules}</a>
          </p>
        </li>
      ))}
    </ul>
  );
}

type ProgressProps = { d: AttendeeDrawingStatus; token?: string; enter: Enter; t: Words; language: Language; timeZone: string };

function Progress({ d, token, enter, t, language, timeZone }: ProgressProps) {
  return (
    <>
      <p>
        {t.visited(d.visits, d.required)} {d.stillNeeded > 0 ? t.stillNeeded(d.stillNeeded) : t.enough}
      </p>
      <p className="muted small">
        {t.countsAnyway} {d.closesAt ? t.closes(formatDateTime(d.closesAt, language, { timeZone })) : ""}
      </p>
      {d.entered ? (
        <p className="alert ok" role="status">
          {t.entered(d.entryId ?? 0)}
          {d.eligible ? "" : ` ${t.notYetEligible}`}
        </p>
      ) : d.open ? (
        <EnterDrawing drawingId={d.drawingId} token={token} action={enter} label={t.enter} />
      ) : (
        <p className="muted">{t.closed}</p>
      )}
    </>
  );
}

function Result({ d, t }: { d: AttendeeDrawingStatus; t: Words }) {
  if (!d.entered) return <p className="muted">{t.notEntered}</p>;
  if (d.won) return <p className="alert ok">{t.won(d.entryId ?? 0)}</p>;
  if (d.eligible) return <p>{t.tookPart(d.entryId ?? 0)}</p>;
  return <p>{t.didNotQualify(d.entryId ?? 0, d.visits, d.required)}</p>;
}
