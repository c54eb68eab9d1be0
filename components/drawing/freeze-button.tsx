"use client";
import type { FormAction } from "@/lib/errors";
import { ConfirmAction } from "../confirm-action";

/** "Freeze entries": fixes the eligible entries, the rule's numbers and the texts, once. */
export function FreezeButton({ eventId, drawingId, action }: { eventId: number; drawingId: number; action: FormAction<number> }) {
  return (
    <ConfirmAction
      action={action}
      fields={{ eventId, drawingId }}
      trigger="Freeze entries…"
      question="Freezing closes entries for good, fixes the eligible entries (published as a Merkle root), the number of booths and the texts, and names the drand beacon round to wait for. It happens once. Freeze now?"
      confirm="Yes, freeze entries"
      working="Freezing…"
    />
  );
}
