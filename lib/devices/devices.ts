// A partner's booth devices: listing and revocation. A revoked device is refused at once:
// its sessions are deleted in the same transaction, and guards also check revoked_at.
import { and, asc, count, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { devices, scans, sessions } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { confinedToPartner, requireEventAccess, requirePartnerAccess, requirePartnerManager } from "../auth/access";
import { notFound } from "../errors";

/** `scans`: badge reads the phone sent (every scan, whatever the attendee decided). */
export type DeviceSummary = { id: number; name: string; pairedAt: Date; lastSeenAt: Date | null; revokedAt: Date | null; scans: number };

export function listDevices(actor: Actor, eventId: number, partnerId: number): DeviceSummary[] {
  requirePartnerAccess(actor, eventId, partnerId);
  const db = getDb();
  const counts = db
    .select({ deviceId: scans.deviceId, scans: count() })
    .from(scans)
    .where(eq(scans.partnerId, partnerId))
    .groupBy(scans.deviceId)
    .all();
  const byDevice = new Map(counts.map((c) => [c.deviceId, c.scans]));
  return db
    .select({ id: devices.id, name: devices.name, pairedAt: devices.pairedAt, lastSeenAt: devices.lastSeenAt, revokedAt: devices.revokedAt })
    .from(devices)
    .where(and(eq(devices.partnerId, partnerId), eq(devices.eventId, eventId)))
    .orderBy(asc(devices.pairedAt))
    .all()
    .map((d) => ({ ...d, scans: byDevice.get(d.id) ?? 0 }));
}

/** By an organizer of the event or an admin of the device's partner (decision 036). */
export function revokeDevice(actor: Actor, eventId: number, deviceId: number, now = new Date()): void {
  requireEventAccess(actor, eventId);
  // A partner's team finds only its own phones: another partner's device id is as unknown as a missing one.
  const own = confinedToPartner(actor);
  const device = getDb()
    .select({ partnerId: devices.partnerId })
    .from(devices)
    .where(and(eq(devices.id, deviceId), eq(devices.eventId, eventId), own ? eq(devices.partnerId, own.partnerId) : undefined))
    .get();
  if (!device) throw notFound("The device");
  requirePartnerManager(actor, eventId, device.partnerId);
  getDb().transaction((tx) => {
    tx.update(devices)
      .set({ revokedAt: now })
      .where(and(eq(devices.id, deviceId), isNull(devices.revokedAt)))
      .run();
    tx.delete(sessions).where(eq(sessions.deviceId, deviceId)).run();
    recordAudit(tx, actor, eventId, "devices.revoke", `device ${deviceId}`);
  });
}
