"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireOrganizer } from "@/lib/auth/guards";
import { qrSvg } from "@/lib/badges/qr-svg";
import { revokeDevice } from "@/lib/devices/devices";
import { createPairingLink } from "@/lib/devices/pairing";
import { Id } from "@/lib/fields";
import { action } from "@/lib/http/action";
import { publicBase } from "@/lib/http/public-base";

const Target = z.object({ eventId: Id, partnerId: Id });

export const createPairingLinkAction = action(Target, requireOrganizer, async (organizer, { eventId, partnerId }) => {
  const link = createPairingLink(organizer, eventId, partnerId);
  const url = `${await publicBase()}${link.path}`;
  return { url, svg: await qrSvg(url), expiresAt: link.expiresAt.toISOString() };
});

export const revokeDeviceAction = action(Target.extend({ deviceId: Id }), requireOrganizer, (organizer, { eventId, partnerId, deviceId }) => {
  revokeDevice(organizer, eventId, deviceId);
  revalidatePath(`/events/${eventId}/partners/${partnerId}`);
});
