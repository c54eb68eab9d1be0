"use client";
import { useActionState } from "react";
import type { FormAction } from "@/lib/errors";

type Link = { url: string; email: string; expiresAt: string };

export function InviteForm({ eventId, action }: { eventId: number; action: FormAction<Link> }) {
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
      {link && (
        <div className="alert ok" role="status">
          <p>
            Send this link to {link.email} (it works once, until {new Date(link.expiresAt).toUTCString()}):
          </p>
          <p>
            <a className="code" href={link.url} data-testid="invite-link">
              {link.url}
            </a>
          </p>
        </div>
      )}
    </form>
  );
}
