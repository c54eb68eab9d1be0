// Withdrawing an organizer invitation that has not been used: its link stops working at once
// (the row goes, and with it the token's hash). A used invitation is history, not cancellable.
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { organizerInvites } from "@/db/schema";
import { recordAudit } from "../audit/record-audit";
import { notFound, parseInput } from "../errors";
import type { Actor } from "./actor";
import { requireOrganizerOf } from "./access";

export const CancelOrganizerInviteInput = z.object({ inviteId: z.coerce.number().int().positive() });

export function cancelOrganizerInvite(actor: Actor, eventId: number, input: z.input<typeof CancelOrganizerInviteInput>): { email: string } {
  requireOrganizerOf(actor, eventId);
  const { inviteId } = parseInput(CancelOrganizerInviteInput, input);
  return getDb().transaction((tx) => {
    const gone = tx
      .delete(organizerInvites)
      .where(and(eq(organizerInvites.id, inviteId), eq(organizerInvites.eventId, eventId), isNull(organizerInvites.acceptedAt)))
      .returning({ email: organizerInvites.email })
      .get();
    if (!gone) throw notFound("The invitation");
    recordAudit(tx, actor, eventId, "organizers.cancel_invite", gone.email);
    return gone;
  });
}
