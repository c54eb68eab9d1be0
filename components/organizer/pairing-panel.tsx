"use client";
import { useActionState } from "react";

export type PairingState = { error?: string; link?: { url: string; svg: string; expiresAt: string } };

/** Makes a single-use pairing link and shows it as text and as a QR code for the phone. */
export function PairingPanel({
  eventId,
  partnerId,
  action,
}: {
  eventId: number;
  partnerId: number;
  action: (prev: PairingState, form: FormData) => Promise<PairingState>;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <div className="stack">
      <form action={formAction}>
        <input type="hidden" name="eventId" value={eventId} />
        <input type="hidden" name="partnerId" value={partnerId} />
        <button className="button" type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create a pairing link"}
        </button>
      </form>
      {state.error && (
        <p className="alert error" role="alert">
          {state.error}
        </p>
      )}
      {state.link && (
        <div className="alert ok" role="status">
          <p>
            Open this link on the booth phone (it works once, until{" "}
            {new Date(state.link.expiresAt).toLocaleTimeString()}), or scan the QR code with it:
          </p>
          <p>
            <a className="code" href={state.link.url} data-testid="pairing-link">
              {state.link.url}
            </a>
          </p>
          <div
            style={{ width: 220, background: "#fff" }}
            role="img"
            aria-label="QR code of the pairing link"
            dangerouslySetInnerHTML={{ __html: state.link.svg }}
          />
        </div>
      )}
    </div>
  );
}
