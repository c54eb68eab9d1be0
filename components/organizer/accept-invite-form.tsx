"use client";
import { useActionState } from "react";
import type { FormAction } from "@/lib/errors";

/** `action` goes on to the event once joined. */
type Props = { token: string; hasAccount: boolean; action: FormAction<never> };

export function AcceptInviteForm({ token, hasAccount, action }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="card" noValidate>
      {state?.ok === false && (
        <p className="alert error" role="alert">
          {state.error}
        </p>
      )}
      <input type="hidden" name="token" value={token} />
      {!hasAccount && (
        <div className="field">
          <label htmlFor="invite-name">Your name</label>
          <input id="invite-name" name="name" type="text" autoComplete="name" required />
        </div>
      )}
      <div className="field">
        <label htmlFor="invite-password">{hasAccount ? "Your password" : "Choose a password (at least 10 characters)"}</label>
        <input id="invite-password" name="password" type="password" autoComplete={hasAccount ? "current-password" : "new-password"} required />
      </div>
      <button className="button block" type="submit" disabled={pending}>
        {pending ? "Joining…" : "Join the event"}
      </button>
    </form>
  );
}
