"use client";
import { useActionState } from "react";
import type { FormAction } from "@/lib/errors";

/** `action` goes on to `next` once signed in. */
export function SignInForm({ next, action }: { next: string; action: FormAction<never> }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="card" noValidate>
      {state?.ok === false && (
        <p className="alert error" role="alert">
          {state.error}
        </p>
      )}
      <input type="hidden" name="next" value={next} />
      <div className="field">
        <label htmlFor="email">Email</label>
        <input id="email" name="email" type="email" autoComplete="username" required defaultValue={state?.ok === false ? state.values?.email : undefined} />
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <button className="button block" type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
