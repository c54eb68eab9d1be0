// A booth phone unpairs itself (the scanner's "This phone" section): like the organizer's
// revocation, the device is marked revoked and its sessions deleted in one transaction, so the
// phone's cookie is worthless at once and the partner page lists the phone as unpaired.
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { devices, sessions } from "@/db/schema";
import type { DeviceActor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";

export function unpairSelf(device: DeviceActor, now = new Date()): void {
  getDb().transaction((tx) => {
    tx.update(devices)
      .set({ revokedAt: now })
      .where(and(eq(devices.id, device.deviceId), isNull(devices.revokedAt)))
      .run();
    tx.delete(sessions).where(eq(sessions.deviceId, device.deviceId)).run();
    recordAudit(tx, device, device.eventId, "devices.unpair-self", `device ${device.deviceId}`);
  });
}
