"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireOrganizer } from "@/lib/auth/guards";
import { createInvite } from "@/lib/auth/invites";
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
