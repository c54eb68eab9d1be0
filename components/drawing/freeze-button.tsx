"use client";
import { useActionState } from "react";
import type { FormAction } from "@/lib/errors";

/** "Freeze entries": fixes the eligible entries, the rule's numbers and the texts, once. */
export function FreezeButton({ eventId, drawingId, action }: { eventId: number; drawingId: number; action: FormAction<number> }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="stack">
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="drawingId" value={drawingId} />
      <p className="small">
        Freezing closes entries for good, fixes the eligible entries (published as a Merkle root), the number of booths and the
        texts, and names the drand beacon round to wait for. It happens once.
      </p>
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Freezing…" : "Freeze entries"}
      </button>
      {state?.ok === false && (
        <p className="alert error" role="alert">
          {state.error}
        </p>
      )}
    </form>
  );
}
