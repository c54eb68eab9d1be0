"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireOrganizer } from "@/lib/auth/guards";
import { qrSvg } from "@/lib/badges/qr-svg";
import { publicBase } from "@/lib/http/public-base";
import { revokeDevice } from "@/lib/devices/devices";
import { createPairingLink } from "@/lib/devices/pairing";
import { parseInput, toErrorBody } from "@/lib/errors";
import { Id } from "@/lib/fields";
import type { PairingState } from "@/components/organizer/pairing-panel";

const Target = z.object({ eventId: Id, partnerId: Id });

export async function createPairingLinkAction(_prev: PairingState, form: FormData): Promise<PairingState> {
  try {
    const organizer = await requireOrganizer();
    const { eventId, partnerId } = parseInput(Target, Object.fromEntries(form));
    const link = createPairingLink(organizer, eventId, partnerId);
    const url = `${await publicBase()}${link.path}`;
    return { link: { url, svg: await qrSvg(url), expiresAt: link.expiresAt.toISOString() } };
  } catch (error) {
    return { error: toErrorBody(error).body.error.message };
  }
}

export async function revokeDeviceAction(form: FormData): Promise<void> {
  const organizer = await requireOrganizer();
  const { eventId, deviceId, partnerId } = parseInput(Target.extend({ deviceId: Id }), Object.fromEntries(form));
  revokeDevice(organizer, eventId, deviceId);
  revalidatePath(`/events/${eventId}/partners/${partnerId}`);
}
