"use server";
// The partner workspace's actions: the actor is the signed-in user's membership of the partner
// in the input (requirePartnerMember), never anything the form claims; lib checks the role.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requirePartnerMember } from "@/lib/auth/guards";
import { qrSvg } from "@/lib/badges/qr-svg";
import { revokeDevice } from "@/lib/devices/devices";
import { createPairingLink } from "@/lib/devices/pairing";
import { Id } from "@/lib/fields";
import { action } from "@/lib/http/action";
import { publicBase } from "@/lib/http/public-base";
import { LeadFormFields, leadFormFromFields, updateLeadForm } from "@/lib/leads/update-lead-form";
import { acceptAgreement, AcceptAgreementInput } from "@/lib/partners/agreement";
import { removeFollowUp, saveFollowUp } from "@/lib/partners/follow-up";
import { LANGUAGES } from "@/lib/consent/notice-text";
import { cancelInvite, invitePartnerMember, removeMember, setMemberRole, TeamInviteInput } from "@/lib/partners/team";

const Target = z.object({ partnerId: Id });
const member = (data: { partnerId: number }) => requirePartnerMember(data.partnerId);

export const acceptAgreementAction = action(
  Target.extend({ ...AcceptAgreementInput.shape, confirm: z.literal("on", { message: "Tick the box to accept the agreement." }) }),
  member, (actor, input) => {
  acceptAgreement(actor, input);
  revalidatePath(`/partners/${actor.partnerId}`, "layout");
});

export const partnerPairingLinkAction = action(Target, member, async (actor) => {
  const link = createPairingLink(actor, actor.eventId, actor.partnerId);
  const url = `${await publicBase()}${link.path}`;
  return { url, svg: await qrSvg(url), expiresAt: link.expiresAt.toISOString() };
});

export const partnerRevokeDeviceAction = action(Target.extend({ deviceId: Id }), member, (actor, { deviceId }) => {
  revokeDevice(actor, actor.eventId, deviceId);
  revalidatePath(`/partners/${actor.partnerId}/devices`);
});

export const partnerInviteAction = action(Target.extend(TeamInviteInput.shape), member, async (actor, input) => {
  const invite = invitePartnerMember(actor, actor.eventId, actor.partnerId, input);
  revalidatePath(`/partners/${actor.partnerId}/team`);
  return { url: `${await publicBase()}${invite.path}`, email: invite.email, role: invite.role, expiresAt: invite.expiresAt.toISOString(), emailed: invite.emailed };
});

export const partnerSetRoleAction = action(Target.extend({ userId: Id, role: z.enum(["admin", "member"]) }), member, (actor, input) => {
  setMemberRole(actor, actor.eventId, actor.partnerId, input);
  revalidatePath(`/partners/${actor.partnerId}/team`);
});

export const partnerRemoveMemberAction = action(Target.extend({ userId: Id }), member, (actor, input) => {
  removeMember(actor, actor.eventId, actor.partnerId, input);
  revalidatePath(`/partners/${actor.partnerId}/team`);
});

export const partnerCancelInviteAction = action(Target.extend({ inviteId: Id }), member, (actor, input) => {
  cancelInvite(actor, actor.eventId, actor.partnerId, input);
  revalidatePath(`/partners/${actor.partnerId}/team`);
});

export const partnerLeadFormAction = action(
  Target.extend(LeadFormFields),
  member,
  (actor, { tags, questions }) => {
    const form = updateLeadForm(actor, actor.eventId, actor.partnerId, leadFormFromFields(tags, questions));
    revalidatePath(`/partners/${actor.partnerId}/lead-form`);
    return form;
  },
  { invalid: "Nothing was saved: please correct what is marked below." },
);

// The follow-up's fields are read by lib (saveFollowUp), which names each refused one.
export const partnerFollowUpAction = action(
  Target.extend({ language: z.enum(LANGUAGES) }).loose(),
  member,
  (actor, input) => {
    saveFollowUp(actor, actor.eventId, actor.partnerId, input);
    revalidatePath(`/partners/${actor.partnerId}/follow-up`);
    return "Saved. Attendees who share from now on read the promise and receive this message.";
  },
  { invalid: "Nothing was saved: please correct what is marked below." },
);

export const partnerRemoveFollowUpAction = action(Target.extend({ language: z.enum(LANGUAGES) }), member, (actor, { language }) => {
  removeFollowUp(actor, actor.eventId, actor.partnerId, language);
  revalidatePath(`/partners/${actor.partnerId}/follow-up`);
});
