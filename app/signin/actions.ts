"use server";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth/organizers";
import { clearSessionCookie, setSessionCookie } from "@/lib/auth/guards";
import { endSession } from "@/lib/auth/sessions";
import { toErrorBody } from "@/lib/errors";

import type { SignInState } from "@/components/organizer/sign-in-form";

/** Only same-site paths: never an open redirect. */
function safeNext(value: FormDataEntryValue | null): string {
  const next = typeof value === "string" ? value : "";
  return next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/events";
}

export async function signInAction(_prev: SignInState, form: FormData): Promise<SignInState> {
  const email = String(form.get("email") ?? "");
  try {
    const session = await signIn({ email, password: String(form.get("password") ?? "") });
    await setSessionCookie("organizer", session);
  } catch (error) {
    return { error: toErrorBody(error).body.error.message, email };
  }
  redirect(safeNext(form.get("next")));
}

export async function signOutAction(): Promise<void> {
  const token = await clearSessionCookie("organizer");
  if (token) endSession(token);
  redirect("/signin");
}
