"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { SignInInput, signIn } from "@/lib/auth/organizers";
import { clearSessionCookie, setSessionCookie } from "@/lib/auth/guards";
import { safeNext } from "@/lib/auth/safe-next";
import { endSession } from "@/lib/auth/sessions";
import { action, anyone } from "@/lib/http/action";
import { clientAddress } from "@/lib/http/client-address";

/** Only a path on this site (lib/auth/safe-next.ts), worked out before the session is issued. */
export const signInAction = action(SignInInput.extend({ next: z.string().optional() }), anyone, async (_, { next, ...credentials }) => {
  const to = safeNext(next);
  const address = clientAddress((await headers()).get("x-forwarded-for"));
  await setSessionCookie("organizer", await signIn(credentials, address));
  redirect(to);
});

export const signOutAction = action(z.object({}), anyone, async () => {
  const token = await clearSessionCookie("organizer");
  if (token) endSession(token);
  redirect("/signin");
});
