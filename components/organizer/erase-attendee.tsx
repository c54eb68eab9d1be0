"use client";
// The organizer's Erase button for one attendee (an erasure request, GDPR Art. 17): a second,
// explicit step names who and what goes before anything is erased; it cannot be undone.
import { useActionState, useState } from "react";
import type { FormAction } from "@/lib/errors";
import type { ErasureCounts } from "@/lib/retention/erase-attendee-rows";

export function EraseAttendee({ eventId, attendeeId, name, action }: { eventId: number; attendeeId: number; name: string; action: FormAction<ErasureCounts> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const [asking, setAsking] = useState(false);
  if (state?.ok) return <p role="status" className="small">Erased.</p>;
  if (!asking) {
    return (
      <button type="button" className="button" onClick={() => setAsking(true)} aria-label={`Erase ${name}'s data`}>
        Erase…
      </button>
    );
  }
  return (
    <form action={formAction} className="stack">
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="attendeeId" value={attendeeId} />
      <p className="small" role="alert">
        Erase {name}&apos;s personal data now? Their contact details, personal page and badge stop working, partners lose the
        lead and get only a hash of the email on their suppression list. This cannot be undone.
      </p>
      <div className="row">
        <button className="button danger" type="submit" disabled={pending}>
          Erase {name}
        </button>
        <button type="button" className="button" onClick={() => setAsking(false)}>
          Cancel
        </button>
      </div>
      {state?.ok === false && (
        <p className="field-error" role="alert">
          {state.error}
        </p>
      )}
    </form>
  );
}
