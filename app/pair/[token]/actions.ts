"use server";
import { redirect } from "next/navigation";
import { setSessionCookie } from "@/lib/auth/guards";
import { pairDevice } from "@/lib/devices/pairing";
import { toErrorBody } from "@/lib/errors";
import type { PairState } from "@/components/scanner/pair-form";

export async function pairDeviceAction(_prev: PairState, form: FormData): Promise<PairState> {
  try {
    const { session } = pairDevice({ token: String(form.get("token") ?? ""), deviceName: String(form.get("deviceName") ?? "") });
    await setSessionCookie("device", session);
  } catch (error) {
    return { error: toErrorBody(error).body.error.message };
  }
  redirect("/scan?paired=1");
}
