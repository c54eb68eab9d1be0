"use client";
import { useActionState, useState } from "react";
import type { FormAction } from "@/lib/errors";

/** "Draw winners", then a confirmation that says exactly what happens, because it happens once. */
export function DrawButton({
  eventId,
  drawingId,
  name,
  winnersCount,
  eligible,
  beaconRound,
  witnesses,
  action,
}: {
  eventId: number;
  drawingId: number;
  name: string;
  winnersCount: number;
  eligible: number;
  beaconRound: number;
  witnesses: string[];
  /** Answers how many winners were drawn. */
  action: FormAction<number>;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const [confirming, setConfirming] = useState(false);
  // React 19 resets a form after its action: a refused draw gives back what was typed.
  const typed = state?.ok === false ? (state.values ?? {}) : {};
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
        <strong>Draw &ldquo;{name}&rdquo; once.</strong> The {eligible} frozen entries are ranked with the committed seed mixed with
        the randomness of drand round {beaconRound}; the first {winnersCount} win. The seed, the randomness and the winners
        (first name and initial) are then published for anyone to recompute. This cannot be undone.
      </p>
      <label className="stack">
        <span>Randomness of drand quicknet round {beaconRound} (64 hex characters, from api.drand.sh)</span>
        <input
          name="beaconRandomness"
          required autoComplete="off" spellCheck={false} pattern="[0-9a-fA-F]{64}"
          defaultValue={typed.beaconRandomness}
        />
      </label>
      {witnesses.length > 0 && (
        <label className="stack">
          <span>The witnesses&apos; values, one line each, in this order: {witnesses.join(", ")}</span>
          <textarea name="witnessValues" rows={witnesses.length} required defaultValue={typed.witnessValues} />
        </label>
      )}
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
