"use client";
import { useActionState } from "react";

export type InviteState = { error?: string; link?: { url: string; email: string; expiresAt: string } };

export function InviteForm({ eventId, action }: { eventId: number; action: (prev: InviteState, form: FormData) => Promise<InviteState> }) {
  const [state, formAction, pending] = useActionState(action, {});
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
      {state.error && (
        <p className="alert error" role="alert">
          {state.error}
        </p>
      )}
      {state.link && (
        <div className="alert ok" role="status">
          <p>
            Send this link to {state.link.email} (it works once, until {new Date(state.link.expiresAt).toUTCString()}):
          </p>
          <p>
            <a className="code" href={state.link.url} data-testid="invite-link">
              {state.link.url}
            </a>
          </p>
        </div>
      )}
    </form>
  );
}
