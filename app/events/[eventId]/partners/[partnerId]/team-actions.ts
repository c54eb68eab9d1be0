"use server";
// The organizer manages a partner's team as its admins do (lib/partners/team.ts checks both).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireOrganizer } from "@/lib/auth/guards";
import { Id } from "@/lib/fields";
import { action } from "@/lib/http/action";
import { publicBase } from "@/lib/http/public-base";
import { cancelInvite, invitePartnerMember, removeMember, setMemberRole, TeamInviteInput } from "@/lib/partners/team";

const Target = z.object({ eventId: Id, partnerId: Id });
const page = ({ eventId, partnerId }: z.output<typeof Target>) => `/events/${eventId}/partners/${partnerId}`;

export const inviteTeamMemberAction = action(Target.extend(TeamInviteInput.shape), requireOrganizer, async (organizer, input) => {
  const invite = invitePartnerMember(organizer, input.eventId, input.partnerId, input);
  revalidatePath(page(input));
  return { url: `${await publicBase()}${invite.path}`, email: invite.email, role: invite.role, expiresAt: invite.expiresAt.toISOString(), emailed: invite.emailed };
});

export const setTeamRoleAction = action(Target.extend({ userId: Id, role: z.enum(["admin", "member"]) }), requireOrganizer, (organizer, input) => {
  setMemberRole(organizer, input.eventId, input.partnerId, input);
  revalidatePath(page(input));
});

export const removeTeamMemberAction = action(Target.extend({ userId: Id }), requireOrganizer, (organizer, input) => {
  removeMember(organizer, input.eventId, input.partnerId, input);
  revalidatePath(page(input));
});

export const cancelTeamInviteAction = action(Target.extend({ inviteId: Id }), requireOrganizer, (organizer, input) => {
  cancelInvite(organizer, input.eventId, input.partnerId, input);
  revalidatePath(page(input));
});
