"use client";
import { useActionState } from "react";
import type { FormAction } from "@/lib/errors";
import { HandOverLink } from "./hand-over-link";

type Link = { url: string; email: string; expiresAt: string };

export function InviteForm({ eventId, timeZone, action }: { eventId: number; timeZone: string; action: FormAction<Link> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const link = state?.ok ? state.value : null;
  return (
    <form action={formAction} className="stack" noValidate>
      <input type="hidden" name="eventId" value={eventId} />
      <div className="field">
        <label htmlFor="invite-email">Email of the organizer to invite</label>
        <input id="invite-email" name="email" type="email" required />
      </div>
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create an invitation link"}
      </button>
      {state?.ok === false && (
        <p className="alert error" role="alert">
          {state.error}
        </p>
      )}
      {link && <HandOverLink link={link} testId="invite-link" timeZone={timeZone} />}
    </form>
  );
}
