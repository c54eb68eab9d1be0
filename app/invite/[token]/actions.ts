"use server";
import { redirect } from "next/navigation";
import { setSessionCookie } from "@/lib/auth/guards";
import { AcceptInviteInput, acceptInvite, describeInvite } from "@/lib/auth/invites";
import { withTokenLimit } from "@/lib/auth/token-attempts";
import { action, anyone } from "@/lib/http/action";
import { requestAddress } from "@/lib/http/request-address";

/** The invitation token in the form is the credential; acceptInvite uses it once. */
export const acceptInviteAction = action(AcceptInviteInput, anyone, async (_, input) => {
  const address = await requestAddress();
  withTokenLimit(address, () => describeInvite(input.token)); // the token's attempt, counted if it opens nothing
  const session = await acceptInvite(input, new Date(), address);
  await setSessionCookie("organizer", session);
  redirect(`/events/${session.eventId}`);
});
