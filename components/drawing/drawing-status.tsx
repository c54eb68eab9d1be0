// The attendee's drawings on their own page: entered or not, visits so far, what is still
// needed, and the result once drawn. `enter` is a server action that reads the hidden drawingId
// (and the hidden token, when the page is reached by its personal-page token).
import type { AttendeeDrawingStatus } from "@/lib/drawing/attendee-drawing-status";
import type { FormAction } from "@/lib/errors";
import type { Language } from "@/lib/consent/notice-text";
import { EnterDrawing } from "./enter-drawing";
import { MyEntryProof } from "./my-entry-proof";
import { plural, utc } from "./format";

type Enter = FormAction<void>;

export function DrawingStatusList({
  statuses,
  token,
  enter,
  language = "en",
}: {
  statuses: AttendeeDrawingStatus[];
  token?: string;
  enter: Enter;
  language?: Language;
}) {
  if (statuses.length === 0) return <p className="muted">This event has no prize drawing.</p>;
  return (
    <ul className="stack" style={{ listStyle: "none", padding: 0 }}>
      {statuses.map((d) => (
        <li key={d.drawingId} className="card stack" data-testid={`my-drawing-${d.drawingId}`}>
          <h3>
            {d.name} <span className="muted small">· {d.prize}</span>
          </h3>
          {d.drawn ? <Result d={d} /> : <Progress d={d} token={token} enter={enter} />}
          {d.proof && <MyEntryProof proof={d.proof} language={language} />}
          <p className="small">
            <a href={`/drawings/${d.drawingId}`}>Rules and how anyone can check the winners</a>
          </p>
        </li>
      ))}
    </ul>
  );
}

function Progress({ d, token, enter }: { d: AttendeeDrawingStatus; token?: string; enter: Enter }) {
  return (
    <>
      <p>
        You have visited {plural(d.visits, "booth", "booths")} of the {d.required} needed.{" "}
        {d.stillNeeded > 0 ? `Visit ${plural(d.stillNeeded, "more booth", "more booths")} to qualify.` : "That is enough to qualify."}
      </p>
      <p className="muted small">
        A visit counts whether or not you shared your details with that partner. {d.closesAt ? `Entries close ${utc(d.closesAt)}.` : ""}
      </p>
      {d.entered ? (
        <p className="alert ok" role="status">
          You are entered (entry #{d.entryId}).{d.eligible ? "" : " Your entry counts once you have visited enough booths."}
        </p>
      ) : d.open ? (
        <EnterDrawing drawingId={d.drawingId} token={token} action={enter} />
      ) : (
        <p className="muted">Entries are closed.</p>
      )}
    </>
  );
}

function Result({ d }: { d: AttendeeDrawingStatus }) {
  if (!d.entered) return <p className="muted">The winners have been drawn. You did not enter this drawing.</p>;
  if (d.won) return <p className="alert ok">You won! Your entry #{d.entryId} was drawn. The organizer will contact you.</p>;
  if (d.eligible) return <p>The winners have been drawn. Your entry #{d.entryId} took part but did not win this time.</p>;
  return (
    <p>
      The winners have been drawn. Your entry #{d.entryId} did not qualify: you had visited{" "}
      {plural(d.visits, "booth", "booths")} of the {d.required} needed.
    </p>
  );
}
