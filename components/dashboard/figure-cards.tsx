// The headline figures of the event, as a description list: each term with its number and a
// short note on what is counted.
import type { EventTotals } from "@/lib/dashboard/event-figures";
import styles from "./dashboard.module.css";
import { staffClock } from "../staff-time";
import { count, percent } from "./format";

export function FigureCards({ totals: t, at, timeZone }: { totals: EventTotals; at: Date; timeZone: string }) {
  return (
    <section className="card" aria-labelledby="figures-heading">
      <h2 id="figures-heading">Figures</h2>
      <p className="muted small" data-testid="counted-at">
        Counted at {staffClock(at, timeZone)}.
      </p>
      <dl className={styles.figures}>
        <Figure id="attendees" term="Attendees" value={count(t.attendees)} note="registered for the event" />
        <Figure id="scans" term="Scans" value={count(t.scans)} note="badge reads at all booths" />
        <Figure id="visitors" term="Distinct visitors" value={count(t.visitors)} note="attendees scanned at least once" />
        <Figure id="leads" term="Current leads" value={count(t.leads)} note="standing shares with a partner" />
        <Figure
          id="share-rate"
          term="Share rate"
          value={percent(t.shareRate)}
          note={t.decided === 0 ? "no decisions yet" : `${count(t.leads)} of ${count(t.decided)} decisions stand at “share”`}
        />
        <Figure id="withdrawals" term="Withdrawals" value={count(t.withdrawals)} note="shares taken back and not given again" />
      </dl>
    </section>
  );
}

function Figure({ id, term, value, note }: { id: string; term: string; value: string; note: string }) {
  return (
    <div className={styles.figure}>
      <dt>{term}</dt>
      <dd className={styles.value} data-testid={`figure-${id}`}>
        {value}
      </dd>
      <dd className={styles.note}>{note}</dd>
    </div>
  );
}
