// Every save of a lead's qualification, newest first: which phone, when, and what it said.
import type { QualificationRevision } from "@/lib/leads/types";
import { formatTime } from "./format-time";
import { QualificationSummary } from "./qualification-summary";
import styles from "./qualify.module.css";

type Props = { history: QualificationRevision[]; labels: Record<string, string>; thisDeviceId?: number; timeZone: string };

export function QualificationHistory({ history, labels, thisDeviceId, timeZone }: Props) {
  if (history.length === 0) return <p className="muted">Nobody has rated this lead yet.</p>;
  return (
    <ol className={styles.history} data-testid="qualification-history">
      {history.map((r) => (
        <li key={r.revision}>
          <h3>
            {r.deviceName ?? "A removed device"}
            {r.deviceId === thisDeviceId ? " (this phone)" : ""}
          </h3>
          <p className="small muted">
            <time dateTime={r.savedAt.toISOString()}>{formatTime(r.savedAt, timeZone)}</time> · version {r.revision}
            {r.basedOn > 0 ? `, edited from version ${r.basedOn}` : ""}
          </p>
          <QualificationSummary values={r} labels={labels} />
        </li>
      ))}
    </ol>
  );
}
