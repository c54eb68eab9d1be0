"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireOrganizer } from "@/lib/auth/guards";
import { createInvite } from "@/lib/auth/invites";
import { cancelOrganizerInvite, CancelOrganizerInviteInput } from "@/lib/auth/cancel-organizer-invite";
import { removeOrganizer, RemoveOrganizerInput } from "@/lib/auth/remove-organizer";
import { Id } from "@/lib/fields";
import { action } from "@/lib/http/action";
import { publicBase } from "@/lib/http/public-base";

// The email is lib's to check (createInvite), with the message it always gave.
const InviteInput = z.object({ eventId: Id, email: z.string().default("") });

export const inviteOrganizerAction = action(InviteInput, requireOrganizer, async (organizer, { eventId, email }) => {
  const invite = createInvite(organizer, eventId, { email });
  revalidatePath(`/events/${eventId}/organizers`);
  return { url: `${await publicBase()}${invite.path}`, email: invite.email, expiresAt: invite.expiresAt.toISOString() };
});

export const removeOrganizerAction = action(RemoveOrganizerInput.extend({ eventId: Id }), requireOrganizer, (organizer, input) => {
  const { left } = removeOrganizer(organizer, input.eventId, input);
  // Whoever left has no business on this event's pages any more.
  if (left) redirect("/events");
  revalidatePath(`/events/${input.eventId}/organizers`);
});

export const cancelOrganizerInviteAction = action(CancelOrganizerInviteInput.extend({ eventId: Id }), requireOrganizer, (organizer, input) => {
  cancelOrganizerInvite(organizer, input.eventId, input);
  revalidatePath(`/events/${input.eventId}/organizers`);
});
