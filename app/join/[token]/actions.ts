"use server";
import { redirect } from "next/navigation";
import { setSessionCookie } from "@/lib/auth/guards";
import { AcceptInviteInput } from "@/lib/auth/invite-account";
import { withTokenLimit } from "@/lib/auth/token-attempts";
import { action, anyone } from "@/lib/http/action";
import { requestAddress } from "@/lib/http/request-address";
import { acceptPartnerInvite, describePartnerInvite } from "@/lib/partners/team";

/** The invitation token in the form is the credential; acceptPartnerInvite uses it once. */
export const joinPartnerTeamAction = action(AcceptInviteInput, anyone, async (_, input) => {
  const address = await requestAddress();
  withTokenLimit(address, () => describePartnerInvite(input.token)); // the token's attempt, counted if it opens nothing
  const session = await acceptPartnerInvite(input, new Date(), address);
  await setSessionCookie("organizer", session);
  redirect(`/partners/${session.partnerId}`);
});
