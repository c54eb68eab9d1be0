"use client";
// One button that runs an action with a few hidden fields (change a role, pause an endpoint,
// allow a setting); a refusal shows beside it, and the page's refresh shows the outcome.
import { useActionState } from "react";
import type { FormAction } from "@/lib/errors";

type Props = {
  action: FormAction<void>;
  fields: Record<string, string | number>;
  label: string;
  /** The accessible name when the label alone does not say on what it acts. */
  ariaLabel?: string;
  working?: string;
};

export function ActionButton({ action, fields, label, ariaLabel, working = "Saving…" }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="row">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button className="button secondary" type="submit" disabled={pending} aria-label={ariaLabel}>
        {pending ? working : label}
      </button>
      {state?.ok === false && (
        <span className="small field-error" role="alert">
          {state.error}
        </span>
      )}
    </form>
  );
}
