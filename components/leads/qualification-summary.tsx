// One revision's values, read-only: in the history and beside the form after a conflict.
import type { QualificationValues } from "@/lib/leads/types";
import styles from "./qualify.module.css";

const RATING = { cold: "Cold", warm: "Warm", hot: "Hot" } as const;
const YES_NO: Record<string, string> = { yes: "Yes", no: "No" };

/** `labels`: question id → question, including questions removed since. */
export function QualificationSummary({ values, labels }: { values: QualificationValues; labels: Record<string, string> }) {
  const answers = Object.entries(values.answers).filter(([, a]) => a);
  return (
    <dl className={styles.summary}>
      <dt>Rating</dt>
      <dd>{values.rating ? RATING[values.rating] : "Not rated"}</dd>
      <dt>Tags</dt>
      <dd>{values.tags.length ? values.tags.join(", ") : "None"}</dd>
      <dt>Notes</dt>
      <dd>{values.notes || "None"}</dd>
      {answers.map(([id, a]) => (
        <div key={id}>
          <dt>{labels[id] ?? "A removed question"}</dt>
          <dd>{YES_NO[a] ?? a}</dd>
        </div>
      ))}
    </dl>
  );
}
