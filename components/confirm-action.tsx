"use client";
// One way to ask before an action that cannot be undone (erase an attendee, revoke a phone,
// freeze a drawing's entries, unpair this phone, an attendee deleting their data): the first button says what it will do, a
// question names who and what, and only "Yes, …" does it; Cancel goes back. The question takes
// the focus and is announced, so a keyboard or screen-reader user hears it before the button
// that acts; after Cancel the focus is back on the first button.
import { useActionState, useEffect, useRef, useState, type ReactNode } from "react";
import type { ActionResult, FormAction } from "@/lib/errors";

type Props<T> = {
  action: FormAction<T>;
  /** The form's hidden fields, as the action reads them. */
  fields?: Record<string, string | number>;
  /** The first button's text, and its accessible name when the text alone does not say on what it acts. */
  trigger: string;
  triggerLabel?: string;
  question: ReactNode;
  /** The confirming button ("Yes, revoke Front desk phone"), and its text while the action runs. */
  confirm: string;
  working: string;
  cancel?: string;
  /** Shown in place of the buttons once the action succeeded; without it, the page's refresh shows the outcome. */
  done?: string;
  /** A refusal in the reader's words (an attendee's page speaks their language); the server's message by default. */
  errorText?: (refusal: Extract<ActionResult<T>, { ok: false }>) => string;
};

export function ConfirmAction<T>({ action, fields = {}, trigger, triggerLabel, question, confirm, working, cancel = "Cancel", done, errorText }: Props<T>) {
  const [state, formAction, pending] = useActionState(action, null);
  const [asking, setAsking] = useState(false);
  const asked = useRef(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (asked.current) triggerRef.current?.focus();
    asked.current ||= asking;
  }, [asking]);

  if (state?.ok && done) {
    return (
      <p role="status" className="small">
        {done}
      </p>
    );
  }
  if (!asking) {
    return (
      <button ref={triggerRef} type="button" className="button danger" onClick={() => setAsking(true)} aria-label={triggerLabel}>
        {trigger}
      </button>
    );
  }
  return (
    <form action={formAction} className="stack">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <p ref={questionRef} tabIndex={-1} className="small" role="alert">
        {question}
      </p>
      <div className="row">
        <button className="button danger" type="submit" disabled={pending}>
          {pending ? working : confirm}
        </button>
        <button type="button" className="button" onClick={() => setAsking(false)} disabled={pending}>
          {cancel}
        </button>
      </div>
      {state?.ok === false && (
        <p className="field-error" role="alert">
          {errorText ? errorText(state) : state.error}
        </p>
      )}
    </form>
  );
}
