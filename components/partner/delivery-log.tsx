import type { AttemptView } from "@/lib/webhooks/endpoints";
import { formatTime } from "../leads/format-time";

/** One endpoint's attempts, newest first: what was sent, what came back, how long it took (never the answer's body); times in the event's zone. */
export function DeliveryLog({ attempts, timeZone }: { attempts: AttemptView[]; timeZone: string }) {
  if (attempts.length === 0) return <p className="muted small">Nothing sent yet.</p>;
  return (
    <div className="table-wrap">
      <table data-testid="delivery-log">
        <caption className="visually-hidden">Delivery attempts, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Event</th>
            <th scope="col">Attempt</th>
            <th scope="col">Answer</th>
            <th scope="col">Time</th>
          </tr>
        </thead>
        <tbody>
          {attempts.map((a) => (
            <tr key={a.id}>
              <td>{formatTime(a.at, timeZone)}</td>
              <td>
                <code>{a.messageId}</code> {a.eventType}
                {a.replay ? " (sent again)" : ""}
              </td>
              <td>{a.attempt}</td>
              <td>{a.error ? <span className="field-error">{a.status ? `${a.status}: ` : ""}{a.error}</span> : a.status}</td>
              <td>{a.latencyMs} ms</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
