"use client";
import { useActionState } from "react";
import type { FormAction } from "@/lib/errors";

/** `action` goes on to the scanner once paired. */
export function PairForm({ token, action }: { token: string; action: FormAction<never> }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="card">
      {state?.ok === false && (
        <p className="alert error" role="alert">
          {state.error}
        </p>
      )}
      <input type="hidden" name="token" value={token} />
      <div className="field">
        <label htmlFor="deviceName">Name of this phone</label>
        <input id="deviceName" name="deviceName" type="text" defaultValue="Booth phone" maxLength={60} required />
      </div>
      <button className="button block" type="submit" disabled={pending}>
        {pending ? "Pairing…" : "Pair this phone"}
      </button>
    </form>
  );
}
