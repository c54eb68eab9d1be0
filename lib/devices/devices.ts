// A partner's booth devices: listing and revocation. A revoked device is refused at once:
// its sessions are deleted in the same transaction, and guards also check revoked_at.
import { and, asc, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { devices, sessions } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { requireOrganizerOf, requirePartnerAccess } from "../auth/access";
import { notFound } from "../errors";

export type DeviceSummary = { id: number; name: string; pairedAt: Date; lastSeenAt: Date | null; revokedAt: Date | null };

export function listDevices(actor: Actor, eventId: number, partnerId: number): DeviceSummary[] {
  requirePartnerAccess(actor, eventId, partnerId);
  return getDb()
    .select({ id: devices.id, name: devices.name, pairedAt: devices.pairedAt, lastSeenAt: devices.lastSeenAt, revokedAt: devices.revokedAt })
    .from(devices)
    .where(and(eq(devices.partnerId, partnerId), eq(devices.eventId, eventId)))
    .orderBy(asc(devices.pairedAt))
    .all();
}

export function revokeDevice(actor: Actor, eventId: number, deviceId: number, now = new Date()): void {
  requireOrganizerOf(actor, eventId);
  getDb().transaction((tx) => {
    const result = tx
      .update(devices)
      .set({ revokedAt: now })
      .where(and(eq(devices.id, deviceId), eq(devices.eventId, eventId), isNull(devices.revokedAt)))
      .run();
    if (result.changes === 0) {
      const exists = tx.select({ id: devices.id }).from(devices).where(and(eq(devices.id, deviceId), eq(devices.eventId, eventId))).get();
      if (!exists) throw notFound("The device");
    }
    tx.delete(sessions).where(eq(sessions.deviceId, deviceId)).run();
    recordAudit(tx, actor, eventId, "devices.revoke", `device ${deviceId}`);
  });
}
