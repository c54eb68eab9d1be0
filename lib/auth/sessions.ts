// Server-side sessions: a 256-bit random token in an HttpOnly cookie, its sha256 in the
// database. Ending a session deletes the row, so a copied cookie stops working at once.
import { and, eq, gt, lt } from "drizzle-orm";
import { getDb } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { randomToken, sha256Hex } from "../crypto";
import type { DeviceActor, OrganizerActor } from "./actor";

export const SESSION_DAYS = { organizer: 14, device: 30 } as const;
const DAY = 24 * 60 * 60 * 1000;
/** last_seen_at is written at most this often per device. */
const LAST_SEEN_RESOLUTION = 60_000;

export type NewSession = { token: string; expiresAt: Date };

export function createSession(
  owner: { kind: "organizer"; userId: number } | { kind: "device"; deviceId: number },
  now = new Date(),
): NewSession {
  const token = randomToken(32);
  const expiresAt = new Date(now.getTime() + SESSION_DAYS[owner.kind] * DAY);
  getDb()
    .insert(sessions)
    .values({
      idHash: sha256Hex(token),
      kind: owner.kind,
      userId: owner.kind === "organizer" ? owner.userId : null,
      deviceId: owner.kind === "device" ? owner.deviceId : null,
      createdAt: now,
      expiresAt,
    })
    .run();
  return { token, expiresAt };
}

export function endSession(token: string): void {
  getDb().delete(sessions).where(eq(sessions.idHash, sha256Hex(token))).run();
}

export function organizerFromSession(token: string, now = new Date()): OrganizerActor | null {
  const row = getDb()
    .select({ userId: users.id, email: users.email, name: users.name })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.idHash, sha256Hex(token)), eq(sessions.kind, "organizer"), gt(sessions.expiresAt, now)))
    .get();
  return row ? { kind: "organizer", ...row } : null;
}

// Every request of a booth phone starts here: plain SQL, compiled once (db/client.ts).
const DEVICE_SQL = `select d.id as deviceId, d.name as deviceName, d.partner_id as partnerId, p.name as partnerName,
    d.event_id as eventId, d.last_seen_at as lastSeenAt
  from sessions s join devices d on d.id = s.device_id join partners p on p.id = d.partner_id
  where s.id_hash = ? and s.kind = 'device' and s.expires_at > ? and d.revoked_at is null`;
const SEEN_SQL = "update devices set last_seen_at = ? where id = ?";

export function deviceFromSession(token: string, now = new Date()): DeviceActor | null {
  const sqlite = getDb().$client;
  const row = sqlite.prepare(DEVICE_SQL).get(sha256Hex(token), now.getTime()) as
    | (Omit<DeviceActor, "kind"> & { lastSeenAt: number | null })
    | undefined;
  if (!row) return null;
  if (row.lastSeenAt === null || now.getTime() - row.lastSeenAt > LAST_SEEN_RESOLUTION) {
    sqlite.prepare(SEEN_SQL).run(now.getTime(), row.deviceId);
  }
  const { lastSeenAt: _, ...actor } = row;
  return { kind: "device", ...actor };
}

export function deleteExpiredSessions(now = new Date()): number {
  return getDb().delete(sessions).where(lt(sessions.expiresAt, now)).run().changes;
}
