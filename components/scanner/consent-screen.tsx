"use client";
// The attendee's screen. Two equally prominent choices and nothing preselected (consent rules
// 1 and 3); the notice names the partner, the fields, the purpose, the privacy policy and how
// to withdraw (rule 2); the drawing is a separate choice that never depends on sharing (rule 4).
import { useEffect, useRef, useState } from "react";
import type { DecisionResult } from "@/lib/consent/record-decision";
import type { ActionResult } from "@/lib/errors";
import type { ConsentScreen as Screen } from "@/lib/scans/open-scan";
import { NoticeText } from "./notice-text";
import styles from "./scanner.module.css";

type Props = {
  screen: Screen;
  decide: (choice: "share" | "decline", drawing: boolean) => Promise<ActionResult<DecisionResult>>;
  onDone: () => void;
};

export function ConsentScreen({ screen, decide, onDone }: Props) {
  const [drawing, setDrawing] = useState(false);
  const [saving, setSaving] = useState<"share" | "decline" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  async function choose(choice: "share" | "decline") {
    setSaving(choice);
    setError(null);
    const result = await decide(choice, drawing);
    setSaving(null);
    if (result.ok) onDone();
    else setError(`${result.error} Your choice was not saved yet: please tap it again.`);
  }

  const { partner, notice } = screen;
  return (
    <main className={styles.consent} aria-labelledby="consent-heading">
      <h1 id="consent-heading" ref={heading} tabIndex={-1}>
        Hi {screen.firstName}!
      </h1>
      <p className={styles.lead}>
        Would you like to share your contact details with <strong>{partner.name}</strong>? It is your choice, and only
        for {partner.name}.
      </p>
      <NoticeText text={notice.text} links={[partner.privacyUrl]} />

      {screen.drawing && (
        <div className={styles.drawing}>
          <label className={styles.check}>
            <input type="checkbox" checked={drawing} onChange={(e) => setDrawing(e.target.checked)} />
            <span>Count my visits for the prize drawing</span>
          </label>
          <p className="small">
            {screen.drawing.name}: {screen.drawing.prize}. The drawing never depends on sharing: your visit counts the same
            whichever button you tap.
          </p>
        </div>
      )}

      {error && (
        <p className="alert error" role="alert">
          {error}
        </p>
      )}
      <div className={styles.choices} role="group" aria-label={`Your decision for ${partner.name}`}>
        <button type="button" className={styles.choice} disabled={saving !== null} onClick={() => choose("share")}>
          Share my details with {partner.name}
        </button>
        <button type="button" className={styles.choice} disabled={saving !== null} onClick={() => choose("decline")}>
          Don&apos;t share
        </button>
      </div>
      {saving && (
        <p role="status" className="small muted">
          Saving your choice…
        </p>
      )}
      <p className="small muted">Notice version {notice.version} ({notice.language}).</p>
    </main>
  );
}
