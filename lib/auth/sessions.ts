// Server-side sessions: a 256-bit random token in an HttpOnly cookie, its sha256 in the
// database. Ending a session deletes the row, so a copied cookie stops working at once.
import { and, eq, gt, isNull, lt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { placeholderFor, prepared } from "@/db/prepared";
import { devices, partners, sessions, users } from "@/db/schema";
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

// Every request of a signed-in organizer or booth phone starts with one of these lookups:
// prepared once per connection (db/prepared.ts).
const organizerByToken = prepared((db) =>
  db
    .select({ userId: users.id, email: users.email, name: users.name })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.idHash, sql.placeholder("idHash")), eq(sessions.kind, "organizer"), gt(sessions.expiresAt, placeholderFor(sessions.expiresAt, "now"))))
    .prepare(),
);

const deviceByToken = prepared((db) =>
  db
    .select({
      deviceId: devices.id,
      deviceName: devices.name,
      partnerId: devices.partnerId,
      partnerName: partners.name,
      eventId: devices.eventId,
      pairedAt: devices.pairedAt,
      lastSeenAt: devices.lastSeenAt,
    })
    .from(sessions)
    .innerJoin(devices, eq(devices.id, sessions.deviceId))
    .innerJoin(partners, eq(partners.id, devices.partnerId))
    .where(
      and(
        eq(sessions.idHash, sql.placeholder("idHash")),
        eq(sessions.kind, "device"),
        gt(sessions.expiresAt, placeholderFor(sessions.expiresAt, "now")),
        isNull(devices.revokedAt),
      ),
    )
    .prepare(),
);

const markSeen = prepared((db) =>
  db
    .update(devices)
    .set({ lastSeenAt: placeholderFor(devices.lastSeenAt, "now") })
    .where(eq(devices.id, sql.placeholder("deviceId")))
    .prepare(),
);

export function organizerFromSession(token: string, now = new Date()): OrganizerActor | null {
  const row = organizerByToken(getDb()).get({ idHash: sha256Hex(token), now });
  return row ? { kind: "organizer", ...row } : null;
}

export function deviceFromSession(token: string, now = new Date()): DeviceActor | null {
  const db = getDb();
  const row = deviceByToken(db).get({ idHash: sha256Hex(token), now });
  if (!row) return null;
  const { lastSeenAt, ...actor } = row;
  if (lastSeenAt === null || now.getTime() - lastSeenAt.getTime() > LAST_SEEN_RESOLUTION) {
    markSeen(db).run({ now, deviceId: row.deviceId });
  }
  return { kind: "device", ...actor };
}

export function deleteExpiredSessions(now = new Date()): number {
  return getDb().delete(sessions).where(lt(sessions.expiresAt, now)).run().changes;
}
