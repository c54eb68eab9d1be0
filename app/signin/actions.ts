"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { SignInInput, signIn } from "@/lib/auth/organizers";
import { clearSessionCookie, setSessionCookie } from "@/lib/auth/guards";
import { endSession } from "@/lib/auth/sessions";
import { action, anyone } from "@/lib/http/action";

/** Only same-site paths: never an open redirect. */
function safeNext(next: string | undefined): string {
  return next && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/events";
}

export const signInAction = action(SignInInput.extend({ next: z.string().optional() }), anyone, async (_, { next, ...credentials }) => {
  await setSessionCookie("organizer", await signIn(credentials));
  redirect(safeNext(next));
});

export const signOutAction = action(z.object({}), anyone, async () => {
  const token = await clearSessionCookie("organizer");
  if (token) endSession(token);
  redirect("/signin");
});
