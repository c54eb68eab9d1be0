"use client";
// `action` reads the hidden drawingId (and the hidden token, when the page is reached by its
// personal-page token); once entered, the page redraws with the entry.
import { useActionState } from "react";
import type { FormAction } from "@/lib/errors";

export function EnterDrawing({ drawingId, token, action, label = "Enter the drawing" }: { drawingId: number; token?: string; action: FormAction<void>; label?: string }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="stack">
      {token && <input type="hidden" name="token" value={token} />}
      <input type="hidden" name="drawingId" value={drawingId} />
      {state?.ok === false && (
        <p className="alert error" role="alert">
          {state.error}
        </p>
      )}
      <button className="button" type="submit" disabled={pending}>
        {label}
      </button>
    </form>
  );
}
