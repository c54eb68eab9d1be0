"use server";
import { redirect } from "next/navigation";
import { setSessionCookie } from "@/lib/auth/guards";
import { PairInput, pairDevice } from "@/lib/devices/pairing";
import { withTokenLimit } from "@/lib/auth/token-attempts";
import { action, anyone } from "@/lib/http/action";
import { requestAddress } from "@/lib/http/request-address";

/** The pairing token in the form is the credential; pairDevice uses it once. */
export const pairDeviceAction = action(PairInput, anyone, async (_, input) => {
  const { session } = withTokenLimit(await requestAddress(), () => pairDevice(input));
  await setSessionCookie("device", session);
  redirect("/scan?paired=1");
});
