"use client";
// Shown when another device saved the lead while this one was editing. Nothing of ours was
// saved; the user chooses what happens, with the other device's values in front of them.
import { useEffect, useRef } from "react";
import type { QualificationRevision } from "@/lib/leads/types";
import { QualificationSummary } from "./qualification-summary";
import { formatTime } from "./format-time";
import styles from "./qualify.module.css";

type Props = {
  theirs: QualificationRevision | null;
  labels: Record<string, string>;
  timeZone: string;
  onUseTheirs: () => void;
  onCombine: () => void;
  onKeepMine: () => void;
  busy: boolean;
};

export function QualificationConflict({ theirs, labels, timeZone, onUseTheirs, onCombine, onKeepMine, busy }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [theirs]);
  const who = theirs ? (theirs.deviceName ?? "A removed device") : "Another device";
  return (
    <section className={styles.conflict} aria-labelledby="conflict-heading" data-testid="qualification-conflict">
      <h2 id="conflict-heading" ref={heading} tabIndex={-1}>
        {who} saved this lead while you were editing
      </h2>
      <p role="alert">
        Your changes are not saved yet, and nothing was overwritten.
        {theirs && ` ${who} saved at ${formatTime(theirs.savedAt, timeZone)}:`}
      </p>
      {theirs && <QualificationSummary values={theirs} labels={labels} />}
      <p className="small">Your version is still in the form below. Choose what to keep:</p>
      <div className={styles.actions}>
        <button type="button" className="button secondary block" onClick={onUseTheirs} disabled={busy}>
          Use theirs (discard my changes)
        </button>
        <button type="button" className="button secondary block" onClick={onCombine} disabled={busy}>
          Combine both, then review
        </button>
        <button type="button" className="button danger block" onClick={onKeepMine} disabled={busy}>
          Save mine over theirs
        </button>
      </div>
    </section>
  );
}
