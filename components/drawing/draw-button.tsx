"use client";
import { useActionState, useState } from "react";
import type { FormAction } from "@/lib/errors";

/** "Draw winners", then a confirmation that says exactly what happens, because it happens once. */
export function DrawButton({
  eventId,
  drawingId,
  name,
  winnersCount,
  entries,
  eligible,
  action,
}: {
  eventId: number;
  drawingId: number;
  name: string;
  winnersCount: number;
  entries: number;
  eligible: number;
  /** Answers how many winners were drawn. */
  action: FormAction<number>;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <div className="stack">
        <button className="button" type="button" onClick={() => setConfirming(true)}>
          Draw winners
        </button>
        {state?.ok === false && (
          <p className="alert error" role="alert">
            {state.error}
          </p>
        )}
      </div>
    );
  }
  return (
    <form action={formAction} className="alert ok stack" role="group" aria-label={`Confirm the draw of ${name}`}>
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="drawingId" value={drawingId} />
      <p>
        <strong>Drawing closes &ldquo;{name}&rdquo; for good.</strong> No more entries are accepted. Of the {entries} entries, the{" "}
        {eligible} eligible ones right now are frozen and ranked with the secret seed committed when the drawing was created; the
        first {winnersCount} win. The seed, the eligible entry numbers and the winners (first name and initial) are then published
        on the public page for anyone to recompute. This happens once and cannot be undone.
      </p>
      {state?.ok === false && (
        <p className="alert error" role="alert">
          {state.error}
        </p>
      )}
      <div className="row">
        <button className="button" type="submit" disabled={pending}>
          {pending ? "Drawing…" : "Draw the winners now"}
        </button>
        <button className="button secondary" type="button" onClick={() => setConfirming(false)} disabled={pending}>
          Cancel
        </button>
      </div>
    </form>
  );
}
