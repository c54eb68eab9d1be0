"use server";
import { redirect } from "next/navigation";
import type { AcceptState } from "@/components/organizer/accept-invite-form";
import { setSessionCookie } from "@/lib/auth/guards";
import { acceptInvite } from "@/lib/auth/invites";
import { toErrorBody } from "@/lib/errors";

export async function acceptInviteAction(_prev: AcceptState, form: FormData): Promise<AcceptState> {
  let eventId: number;
  try {
    const session = await acceptInvite({
      token: String(form.get("token") ?? ""),
      name: form.get("name") === null ? undefined : String(form.get("name")),
      password: String(form.get("password") ?? ""),
    });
    await setSessionCookie("organizer", session);
    eventId = session.eventId;
  } catch (error) {
    return { error: toErrorBody(error).body.error.message };
  }
  redirect(`/events/${eventId}`);
}
