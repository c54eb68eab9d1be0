"use server";
import { revalidatePath } from "next/cache";
import type { InviteState } from "@/components/organizer/invite-form";
import { requireOrganizer } from "@/lib/auth/guards";
import { createInvite } from "@/lib/auth/invites";
import { publicBase } from "@/lib/http/public-base";
import { parseInput, toActionResult } from "@/lib/errors";
import { Id } from "@/lib/fields";

export async function inviteOrganizerAction(_prev: InviteState, form: FormData): Promise<InviteState> {
  const base = await publicBase();
  const result = await toActionResult(async () => {
    const organizer = await requireOrganizer();
    const eventId = parseInput(Id, form.get("eventId"));
    const invite = createInvite(organizer, eventId, { email: String(form.get("email") ?? "") });
    revalidatePath(`/events/${eventId}/organizers`);
    return { url: `${base}${invite.path}`, email: invite.email, expiresAt: invite.expiresAt.toISOString() };
  });
  return result.ok ? { link: result.value } : { error: result.error };
}
