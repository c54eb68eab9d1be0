"use client";
// The organizer's Erase button for one attendee (an erasure request, GDPR Art. 17): the question
// names who and what goes before anything is erased; it cannot be undone. Once erased, the
// attendee leaves the list (there is no name left to show), and this button with them.
import type { FormAction } from "@/lib/errors";
import type { ErasureCounts } from "@/lib/retention/erase-attendee-rows";
import { ConfirmAction } from "../confirm-action";

export function EraseAttendee({ eventId, attendeeId, name, action }: { eventId: number; attendeeId: number; name: string; action: FormAction<ErasureCounts> }) {
  return (
    <ConfirmAction
      action={action}
      fields={{ eventId, attendeeId }}
      trigger="Erase…"
      triggerLabel={`Erase ${name}'s data`}
      question={`Erase ${name}'s personal data now? Their contact details, personal page and badge stop working, partners lose the lead and get only a hash of the email on their suppression list. This cannot be undone.`}
      confirm={`Yes, erase ${name}`}
      working="Erasing…"
    />
  );
}
