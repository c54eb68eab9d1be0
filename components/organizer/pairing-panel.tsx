"use client";
import { useActionState } from "react";
import type { FormAction } from "@/lib/errors";
import { staffTime } from "../staff-time";

/** Makes a single-use pairing link and shows it as text and as a QR code for the phone. */
export function PairingPanel({
  eventId,
  partnerId,
  timeZone,
  action,
}: {
  eventId: number;
  partnerId: number;
  /** The event's zone: the link's end is stated in it, as every time on the event's pages. */
  timeZone: string;
  action: FormAction<{ url: string; svg: string; expiresAt: string }>;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const link = state?.ok ? state.value : null;
  return (
    <div className="stack">
      <form action={formAction}>
        <input type="hidden" name="eventId" value={eventId} />
        <input type="hidden" name="partnerId" value={partnerId} />
        <button className="button" type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create a pairing link"}
        </button>
      </form>
      {state?.ok === false && (
        <p className="alert error" role="alert">
          {state.error}
        </p>
      )}
      {link && (
        <div className="alert ok" role="status">
          <p>
            Open this link on the booth phone (it works once, until {staffTime(new Date(link.expiresAt), timeZone)}), or scan the QR code with it:
          </p>
          <p>
            <a className="code" href={link.url} data-testid="pairing-link">
              {link.url}
            </a>
          </p>
          <div
            style={{ width: 220, background: "#fff" }}
            role="img"
            aria-label="QR code of the pairing link"
            dangerouslySetInnerHTML={{ __html: link.svg }}
          />
        </div>
      )}
    </div>
  );
}
