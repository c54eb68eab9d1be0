"use client";
// An existing event's time zone, on its settings (the Legal details page). A refusal keeps the pick.
import { useActionState } from "react";
import type { FormAction } from "@/lib/errors";
import { TimeZoneField } from "./time-zone-field";

type Props = { eventId: number; timeZones: readonly string[]; value: string; action: FormAction<string> };

export function TimeZoneForm({ eventId, timeZones, value, action }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state?.ok === false ? state : null;
  return (
    <form action={formAction} className="stack" noValidate data-testid="event-time-zone">
      <input type="hidden" name="eventId" value={eventId} />
      {failed && (
        <p className="alert error" role="alert">
          {failed.error}
        </p>
      )}
      {state?.ok && (
        <p className="alert ok" role="status">
          {state.value}
        </p>
      )}
      <TimeZoneField
        id="event-time-zone-timeZone"
        timeZones={timeZones}
        value={String(failed?.values?.timeZone ?? value)}
        error={failed?.fields?.timeZone}
      />
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save the time zone"}
      </button>
    </form>
  );
}
