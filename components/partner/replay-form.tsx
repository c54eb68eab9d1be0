"use client";
import { useActionState } from "react";
import type { FormAction } from "@/lib/errors";

/** Sends events again to one endpoint: one by its id, or every event of a time range (UTC). */
export function ReplayForm({ partnerId, endpointId, action }: { partnerId: number; endpointId: number; action: FormAction<{ queued: number }> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const id = (name: string) => `replay-${endpointId}-${name}`;
  return (
    <form action={formAction} className="stack" data-testid={`replay-${endpointId}`}>
      <input type="hidden" name="partnerId" value={partnerId} />
      <input type="hidden" name="endpointId" value={endpointId} />
      <div className="row" style={{ alignItems: "flex-end" }}>
        <div className="field" style={{ flex: "1 1 10rem", marginBottom: 0 }}>
          <label htmlFor={id("message")}>One event (its id)</label>
          <input id={id("message")} name="messageId" type="text" placeholder="ce_123" defaultValue={state?.ok === false ? state.values?.messageId : undefined} />
        </div>
        <span className="muted">or</span>
        <div className="field" style={{ flex: "1 1 12rem", marginBottom: 0 }}>
          <label htmlFor={id("from")}>From (UTC)</label>
          <input id={id("from")} name="from" type="datetime-local" step={1} />
        </div>
        <div className="field" style={{ flex: "1 1 12rem", marginBottom: 0 }}>
          <label htmlFor={id("to")}>To (UTC)</label>
          <input id={id("to")} name="to" type="datetime-local" step={1} />
        </div>
        <button className="button secondary" type="submit" disabled={pending}>
          {pending ? "Queuing…" : "Send again"}
        </button>
      </div>
      {state?.ok === false && (
        <p className="alert error" role="alert">
          {state.error}
        </p>
      )}
      {state?.ok && (
        <p className="alert ok" role="status">
          {state.value.queued === 1 ? "1 event goes" : `${state.value.queued} events go`} out again before the feed continues, with their original ids.
        </p>
      )}
    </form>
  );
}
