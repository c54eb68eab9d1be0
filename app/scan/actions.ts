"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { clearSessionCookie, requireDevice } from "@/lib/auth/guards";
import { DecisionInput, recordDecisionOnPhone } from "@/lib/consent/record-decision";
import { action } from "@/lib/http/action";
import { EarlierChoiceInput, readEarlierChoice } from "@/lib/scans/earlier-choice";
import { openScan } from "@/lib/scans/open-scan";
import { ScanInput } from "@/lib/booth/booth-item";
import { unpairSelf } from "@/lib/devices/unpair-self";

/** A badge was read: record the visit and get what the consent screen shows. */
export const openScanAction = action(ScanInput, requireDevice, openScan);

/** The attendee tapped Share or Don't share. */
export const recordDecisionAction = action(DecisionInput, requireDevice, recordDecisionOnPhone);

/** The attendee asked to see their earlier decision for this partner (a repeat visit). */
export const readEarlierChoiceAction = action(EarlierChoiceInput, requireDevice, readEarlierChoice);

/** The phone unpairs itself: revoked, its session ended, its cookie cleared. */
export const unpairPhoneAction = action(z.object({}), requireDevice, async (device) => {
  unpairSelf(device);
  await clearSessionCookie("device");
  redirect("/scan");
});
