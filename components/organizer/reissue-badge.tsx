"use client";
// A lost badge: asked once more, because the attendee's old badge and personal link stop
// working at once. The page's refresh shows the new code and the link to print it.
import type { FormAction } from "@/lib/errors";
import { ConfirmAction } from "../confirm-action";

export function ReissueBadge({ eventId, attendeeId, name, action }: { eventId: number; attendeeId: number; name: string; action: FormAction<string> }) {
  return (
    <ConfirmAction
      action={action}
      fields={{ eventId, attendeeId }}
      trigger="Reissue the badge…"
      question={`Reissue ${name}'s badge? The lost badge's code and the personal page link on its back stop working now; ${name} gets a new code and a new link on a badge you print. Their visits, decisions and receipts stay.`}
      confirm="Yes, reissue the badge"
      working="Reissuing…"
    />
  );
}
