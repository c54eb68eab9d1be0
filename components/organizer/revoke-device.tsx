"use client";
import { useActionState } from "react";
import type { DeviceSummary } from "@/lib/devices/devices";
import type { FormAction } from "@/lib/errors";

/** One paired phone's Revoke button; a refusal shows beside it. */
export function RevokeDevice({
  eventId,
  partnerId,
  device,
  action,
}: {
  eventId: number;
  partnerId: number;
  device: Pick<DeviceSummary, "id" | "name">;
  action: FormAction<void>;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction}>
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="partnerId" value={partnerId} />
      <input type="hidden" name="deviceId" value={device.id} />
      <button className="button danger" type="submit" aria-label={`Revoke ${device.name}`} disabled={pending}>
        Revoke
      </button>
      {state?.ok === false && (
        <p className="field-error" role="alert">
          {state.error}
        </p>
      )}
    </form>
  );
}
