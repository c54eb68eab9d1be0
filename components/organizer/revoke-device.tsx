"use client";
import type { DeviceSummary } from "@/lib/devices/devices";
import type { FormAction } from "@/lib/errors";
import { ConfirmAction } from "../confirm-action";

/** One paired phone's Revoke button, asked once more; a refusal shows beside it. */
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
  return (
    <ConfirmAction
      action={action}
      fields={{ eventId, partnerId, deviceId: device.id }}
      trigger="Revoke…"
      triggerLabel={`Revoke ${device.name}`}
      question={`Revoke ${device.name}? It stops scanning at once and cannot send anything more; what it already sent stays. Using it again needs a new pairing link.`}
      confirm={`Yes, revoke ${device.name}`}
      working="Revoking…"
    />
  );
}
