"use client";
// The booth staff's qualification form for one lead: rating, notes, tags and the partner's
// questions. A save carries the revision this phone last saw; if another phone saved since,
// the server refuses it and the conflict panel lets the user decide (never a silent overwrite).
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { newClientId } from "@/lib/client-id";
import type { ActionResult } from "@/lib/errors";
import { mergeValues, valuesOf } from "@/lib/leads/merge-values";
import type { LeadForm, QualificationRevision, QualificationValues, SaveResult } from "@/lib/leads/types";
import { formatTime } from "./format-time";
import { QualificationConflict } from "./qualification-conflict";
import { QualificationFields } from "./qualification-fields";
import { RatingToggle } from "./rating-toggle";
import styles from "./qualify.module.css";

export type SaveInput = QualificationValues & { consentId: number; basedOn: number; clientId: string };

type Props = {
  consentId: number;
  form: LeadForm;
  current: QualificationRevision | null;
  labels: Record<string, string>;
  /** The event's zone, which "Saved at" states (decision 044). */
  timeZone: string;
  save: (input: SaveInput) => Promise<ActionResult<SaveResult>>;
};

type Status = { ok: boolean; message: string } | null;

export function QualifyLead({ consentId, form, current, labels, timeZone, save }: Props) {
  const router = useRouter();
  const [values, setValues] = useState(() => valuesOf(current));
  const [basedOn, setBasedOn] = useState(current?.revision ?? 0);
  const [conflict, setConflict] = useState<{ theirs: QualificationRevision | null } | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [saving, setSaving] = useState(false);
  // One id per set of values: resending the same values after a lost response records once.
  const clientId = useRef(newClientId());

  function edit(next: QualificationValues) {
    clientId.current = newClientId();
    setValues(next);
  }

  async function submit(base: number) {
    setSaving(true);
    setStatus(null);
    let result: ActionResult<SaveResult>;
    try {
      result = await save({ consentId, basedOn: base, clientId: clientId.current, ...values });
    } catch {
      setSaving(false);
      return setStatus({ ok: false, message: "Not saved: the connection failed. Check the network, then tap Save again." });
    }
    setSaving(false);
    if (!result.ok) return setStatus({ ok: false, message: result.error });
    if (result.value.status === "conflict") {
      setConflict({ theirs: result.value.current });
      return router.refresh(); // the other phone's save joins the history below
    }
    const saved = result.value.current;
    setConflict(null);
    setBasedOn(saved.revision);
    edit(valuesOf(saved));
    setStatus({ ok: true, message: `Saved at ${formatTime(saved.savedAt, timeZone)}.` });
    router.refresh(); // the history below comes from the server
  }

  function resolve(choice: "theirs" | "combine" | "mine") {
    const theirs = conflict?.theirs ?? null;
    const revision = theirs?.revision ?? 0;
    setBasedOn(revision);
    setConflict(null);
    if (choice === "mine") return void submit(revision);
    edit(choice === "theirs" ? valuesOf(theirs) : mergeValues(valuesOf(theirs), values));
    setStatus({
      ok: true,
      message: choice === "theirs" ? "The other phone's version is in the form now." : "Both versions are combined in the form below. Check them, then tap Save.",
    });
  }

  return (
    <form
      className={styles.form}
      aria-label="Qualify this lead"
      onSubmit={(e) => {
        e.preventDefault();
        void submit(basedOn);
      }}
    >
      {conflict && (
        <QualificationConflict
          theirs={conflict.theirs}
          labels={labels}
          timeZone={timeZone}
          busy={saving}
          onUseTheirs={() => resolve("theirs")}
          onCombine={() => resolve("combine")}
          onKeepMine={() => resolve("mine")}
        />
      )}
      <RatingToggle value={values.rating} onChange={(rating) => edit({ ...values, rating })} />
      <QualificationFields form={form} values={values} onChange={edit} />
      <div role="status" aria-live="polite">
        {status && <p className={`alert ${status.ok ? "ok" : "error"}`}>{status.message}</p>}
      </div>
      <button className="button block" type="submit" disabled={saving || !!conflict}>
        {saving ? "Saving…" : "Save rating and notes"}
      </button>
      {conflict && <p className="small muted">Choose one of the options above first.</p>}
    </form>
  );
}
