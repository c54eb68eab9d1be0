"use server";
import { redirect } from "next/navigation";
import { setSessionCookie } from "@/lib/auth/guards";
import { AcceptInviteInput, acceptInvite } from "@/lib/auth/invites";
import { action, anyone } from "@/lib/http/action";

/** The invitation token in the form is the credential; acceptInvite uses it once. */
export const acceptInviteAction = action(AcceptInviteInput, anyone, async (_, input) => {
  const session = await acceptInvite(input);
  await setSessionCookie("organizer", session);
  redirect(`/events/${session.eventId}`);
});
