"use client";
import Link from "next/link";
import { useActionState } from "react";
import type { FormAction } from "@/lib/errors";

/** `signOut` goes on to the sign-in page. */
export function TopBar({ who, signOut }: { who: string; signOut: FormAction<never> }) {
  const [state, formAction, pending] = useActionState(signOut, null);
  return (
    <header className="topbar">
      <Link className="brand" href="/events">
        Fairlead
      </Link>
      <form action={formAction} className="row">
        <span className="small">{who}</span>
        <button className="button secondary" type="submit" disabled={pending}>
          Sign out
        </button>
        {state?.ok === false && (
          <span className="small" role="alert">
            {state.error}
          </span>
        )}
      </form>
    </header>
  );
}
