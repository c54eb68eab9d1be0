// Server-side sessions: a 256-bit random token in an HttpOnly cookie, its sha256 in the
// database. Ending a session deletes the row, so a copied cookie stops working at once.
// A session ends when it goes unused for its idle time (organizer 12 h, phone 7 days, set in
// lib/config.ts) and at the latest SESSION_DAYS after it began: the row's expires_at is the
// idle deadline, pushed forward by use (docs/decisions/031-sessions-and-input-edges.md).
import { and, eq, gt, isNull, lt, sql } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { placeholderFor, prepared } from "@/db/prepared";
import { devices, events, partners, sessions, users } from "@/db/schema";
import { loadConfig } from "../config";
import { randomToken, sha256Hex } from "../crypto";
import type { DeviceActor, OrganizerActor } from "./actor";

/** The longest a session lives, however often it is used. */
export const SESSION_DAYS = { organizer: 14, device: 30 } as const;
const DAY = 24 * 60 * 60 * 1000;
/** last_seen_at and a session's idle deadline are written at most this often. */
const LAST_SEEN_RESOLUTION = 60_000;

type Kind = keyof typeof SESSION_DAYS;

// Every signed-in request asks: the settings are validated again only when their text changes.
let idle: { key: string; ms: Record<Kind, number> } | null = null;

/** How long a session may go unused (lib/config.ts: FAIRLEAD_ORGANIZER_IDLE_HOURS, FAIRLEAD_PHONE_IDLE_DAYS). */
export function idleMs(kind: Kind): number {
  const key = `${process.env.FAIRLEAD_ORGANIZER_IDLE_HOURS}|${process.env.FAIRLEAD_PHONE_IDLE_DAYS}`;
  if (idle?.key !== key) {
    const config = loadConfig();
    idle = { key, ms: { organizer: config.FAIRLEAD_ORGANIZER_IDLE_HOURS * 60 * 60 * 1000, device: config.FAIRLEAD_PHONE_IDLE_DAYS * DAY } };
  }
  return idle.ms[kind];
}

/** The idle deadline after a use at `now`, never past the session's last day. */
function deadline(kind: Kind, createdAt: Date, now: Date): Date {
  return new Date(Math.min(now.getTime() + idleMs(kind), createdAt.getTime() + SESSION_DAYS[kind] * DAY));
}

/** `expiresAt` is the session's last possible moment (the cookie's expiry); unused, it ends sooner. */
export type NewSession = { token: string; expiresAt: Date };

export function createSession(
  owner: { kind: "organizer"; userId: number } | { kind: "device"; deviceId: number },
  now = new Date(),
): NewSession {
  const token = randomToken(32);
  getDb()
    .insert(sessions)
    .values({
      idHash: sha256Hex(token),
      kind: owner.kind,
      userId: owner.kind === "organizer" ? owner.userId : null,
      deviceId: owner.kind === "device" ? owner.deviceId : null,
      createdAt: now,
      expiresAt: deadline(owner.kind, now, now),
    })
    .run();
  return { token, expiresAt: new Date(now.getTime() + SESSION_DAYS[owner.kind] * DAY) };
}

export function endSession(token: string): void {
  getDb().delete(sessions).where(eq(sessions.idHash, sha256Hex(token))).run();
}

// Every request of a signed-in organizer or booth phone starts with one of these lookups:
// prepared once per connection (db/prepared.ts).
const organizerByToken = prepared((db) =>
  db
    .select({ userId: users.id, email: users.email, name: users.name, createdAt: sessions.createdAt, expiresAt: sessions.expiresAt })
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
      timeZone: events.timeZone,
      pairedAt: devices.pairedAt,
      lastSeenAt: devices.lastSeenAt,
      createdAt: sessions.createdAt,
      expiresAt: sessions.expiresAt,
    })
    .from(sessions)
    .innerJoin(devices, eq(devices.id, sessions.deviceId))
    .innerJoin(partners, eq(partners.id, devices.partnerId))
    .innerJoin(events, eq(events.id, devices.eventId))
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

const pushDeadline = prepared((db) =>
  db
    .update(sessions)
    .set({ expiresAt: placeholderFor(sessions.expiresAt, "expiresAt") })
    .where(eq(sessions.idHash, sql.placeholder("idHash")))
    .prepare(),
);

/** A use at `now` pushes the idle deadline forward: due at most once a minute per session. */
function deadlineDue(kind: Kind, row: { createdAt: Date; expiresAt: Date }, now: Date): Date | null {
  const next = deadline(kind, row.createdAt, now);
  return next.getTime() - row.expiresAt.getTime() > LAST_SEEN_RESOLUTION ? next : null;
}

export function organizerFromSession(token: string, now = new Date()): OrganizerActor | null {
  const idHash = sha256Hex(token);
  const row = organizerByToken(getDb()).get({ idHash, now });
  if (!row) return null;
  const { createdAt, expiresAt, ...actor } = row;
  const next = deadlineDue("organizer", { createdAt, expiresAt }, now);
  if (next) pushDeadline(getDb()).run({ idHash, expiresAt: next });
  return { kind: "organizer", ...actor };
}

/**
 * What a phone's use at `now` leaves to write (its last-seen time, its idle deadline): due about
 * once a minute, plain data, so the sync endpoint can hand it to the writer thread with the items.
 */
export type DeviceTouch = { deviceId: number; idHash: string; seenAt: Date | null; expiresAt: Date | null };

/** The phone's actor, and the touch due (null when nothing is); the caller writes it with applyDeviceTouch. */
export function deviceSession(token: string, now = new Date()): { actor: DeviceActor; touch: DeviceTouch | null } | null {
  const idHash = sha256Hex(token);
  const row = deviceByToken(getDb()).get({ idHash, now });
  if (!row) return null;
  const { lastSeenAt, createdAt, expiresAt, ...actor } = row;
  const seenAt = lastSeenAt === null || now.getTime() - lastSeenAt.getTime() > LAST_SEEN_RESOLUTION ? now : null;
  const next = deadlineDue("device", { createdAt, expiresAt }, now);
  const touch = seenAt || next ? { deviceId: row.deviceId, idHash, seenAt, expiresAt: next } : null;
  return { actor: { kind: "device", ...actor }, touch };
}

/** Writes a touch on `db`, in the caller's transaction (one commit with whatever else it writes). */
export function applyDeviceTouch(db: Db, touch: DeviceTouch): void {
  if (touch.seenAt) markSeen(db).run({ now: touch.seenAt, deviceId: touch.deviceId });
  if (touch.expiresAt) pushDeadline(db).run({ idHash: touch.idHash, expiresAt: touch.expiresAt });
}

export function deviceFromSession(token: string, now = new Date()): DeviceActor | null {
  const session = deviceSession(token, now);
  if (!session) return null;
  const { actor, touch } = session;
  if (touch) {
    const db = getDb();
    db.transaction(() => applyDeviceTouch(db, touch)); // both in one commit: one fsync, not two
  }
  return actor;
}

export function deleteExpiredSessions(now = new Date()): number {
  return getDb().delete(sessions).where(lt(sessions.expiresAt, now)).run().changes;
}
