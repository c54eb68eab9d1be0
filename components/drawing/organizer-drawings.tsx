// The organizer's drawings: rules, figures, commitment, public page; the draw; the winners.
import type { DrawingSummary, OrganizerWinner } from "@/lib/drawing/drawing-summary";
import type { FormAction } from "@/lib/errors";
import { DrawButton } from "./draw-button";
import { FreezeButton } from "./freeze-button";
import { STATUS_LABEL, plural, utc } from "./format";

export function OrganizerDrawings({
  eventId,
  drawings,
  winners,
  draw,
  freeze,
}: {
  eventId: number;
  drawings: DrawingSummary[];
  winners: Record<number, OrganizerWinner[]>;
  draw: FormAction<number>;
  freeze: FormAction<number>;
}) {
  if (drawings.length === 0) return <p className="muted">No drawing yet. Create one below.</p>;
  return (
    <ul className="stack" style={{ listStyle: "none", padding: 0 }}>
      {drawings.map((d) => (
        <li key={d.id} className="card stack" data-testid={`organizer-drawing-${d.id}`}>
          <h3>
            {d.name} <span className="muted small">· {STATUS_LABEL[d.status]}</span>
          </h3>
          <p>
            Prize: {d.prize} · {plural(d.winnersCount, "winner", "winners")} · Entries close:{" "}
            {d.closesAt ? utc(d.closesAt) : "at the draw"}
          </p>
          <p className="small">{d.rule}</p>
          <p>
            {plural(d.entries, "entry", "entries")}, {d.eligible} eligible{d.entryRoot ? " (frozen)" : ""}.
          </p>
          <p className="small">
            Commitment: <code>{d.seedSha256 ?? "none (made before commit and reveal)"}</code>
            {d.entryRoot && (
              <>
                <br />
                Entry root: <code>{d.entryRoot}</code> · freeze hash: <code>{d.freezeSha256}</code> · beacon round {d.beaconRound}
              </>
            )}
            <br />
            <a href={`/drawings/${d.id}`}>Public page</a> · <a href={`/drawings/${d.id}/result.json`}>result.json</a>
          </p>
          {d.status === "drawn" ? (
            <WinnerTable rows={winners[d.id] ?? []} drawnAt={d.drawnAt} />
          ) : d.status === "frozen" ? (
            <DrawButton
              eventId={eventId}
              drawingId={d.id}
              name={d.name}
              winnersCount={d.winnersCount}
              eligible={d.eligible}
              beaconRound={d.beaconRound!}
              witnesses={d.witnesses}
              action={draw}
            />
          ) : (
            <FreezeButton eventId={eventId} drawingId={d.id} action={freeze} />
          )}
        </li>
      ))}
    </ul>
  );
}

function WinnerTable({ rows, drawnAt }: { rows: OrganizerWinner[]; drawnAt: Date | null }) {
  if (rows.length === 0) return <p>Drawn {utc(drawnAt)}: no entry was eligible, so nobody won.</p>;
  return (
    <div className="stack">
      <p>Drawn {utc(drawnAt)}. Contact the winners to hand over the prize:</p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Rank</th>
              <th scope="col">Entry</th>
              <th scope="col">Winner</th>
              <th scope="col">Email</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((w) => (
              <tr key={w.rank}>
                <td>{w.rank}</td>
                <td>#{w.entryId}</td>
                <td>
                  {w.firstName} {w.lastName}
                </td>
                <td>{w.email}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
