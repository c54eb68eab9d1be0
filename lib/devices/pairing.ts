// Pairing a booth phone: the organizer or one of the partner's admins makes a single-use, expiring link for one partner;
// opening it (and confirming) makes that browser a device of the partner, with its own session.
import { and, eq, gt, isNull } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { devices, pairingLinks, partners } from "@/db/schema";
import { actorUserId, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { requirePartnerManager } from "../auth/access";
import { createSession, type NewSession } from "../auth/sessions";
import { randomToken, sha256Hex } from "../crypto";
import { AppError, parseInput } from "../errors";
import { ShortText } from "../fields";

export const PAIRING_TTL_MINUTES = { default: 60, max: 7 * 24 * 60 } as const;

export type PairingLink = { token: string; path: string; expiresAt: Date };

export function createPairingLink(
  actor: Actor,
  eventId: number,
  partnerId: number,
  ttlMinutes: number = PAIRING_TTL_MINUTES.default,
  now = new Date(),
): PairingLink {
  requirePartnerManager(actor, eventId, partnerId);
  const minutes = parseInput(z.number().int().min(1).max(PAIRING_TTL_MINUTES.max), ttlMinutes);
  const token = randomToken(32);
  const expiresAt = new Date(now.getTime() + minutes * 60_000);
  getDb().transaction((tx) => {
    tx.insert(pairingLinks)
      .values({ tokenHash: sha256Hex(token), eventId, partnerId, createdBy: actorUserId(actor), createdAt: now, expiresAt })
      .run();
    recordAudit(tx, actor, eventId, "devices.pairing-link", `partner ${partnerId}`, { expiresAt: expiresAt.toISOString() });
  });
  return { token, path: `/pair/${token}`, expiresAt };
}

const INVALID_LINK =
  "This pairing link is not valid: it was already used, it expired, or it was mistyped. Ask the organizer for a new one.";

/** What the pairing page shows before the phone is paired. The token is the only credential. */
export function describePairingLink(token: string, now = new Date()): { partnerName: string; booth: string; expiresAt: Date } {
  const row = getDb()
    .select({ partnerName: partners.name, booth: partners.booth, expiresAt: pairingLinks.expiresAt })
    .from(pairingLinks)
    .innerJoin(partners, eq(partners.id, pairingLinks.partnerId))
    .where(and(eq(pairingLinks.tokenHash, sha256Hex(token)), isNull(pairingLinks.usedAt), gt(pairingLinks.expiresAt, now)))
    .get();
  if (!row) throw new AppError("gone", INVALID_LINK);
  return row;
}

export const PairInput = z.object({
  token: z.string().min(20).max(100),
  deviceName: ShortText("a name for this phone", 60),
});

/** Uses the link (once) and opens the device's session, in one transaction. */
export function pairDevice(input: z.input<typeof PairInput>, now = new Date()): { session: NewSession; deviceId: number; partnerName: string } {
  const { token, deviceName } = parseInput(PairInput, input);
  const db = getDb();
  return db.transaction((tx) => {
    const link = tx
      .select({ id: pairingLinks.id, eventId: pairingLinks.eventId, partnerId: pairingLinks.partnerId, partnerName: partners.name })
      .from(pairingLinks)
      .innerJoin(partners, eq(partners.id, pairingLinks.partnerId))
      .where(and(eq(pairingLinks.tokenHash, sha256Hex(token)), isNull(pairingLinks.usedAt), gt(pairingLinks.expiresAt, now)))
      .get();
    if (!link) throw new AppError("gone", INVALID_LINK);
    const device = tx
      .insert(devices)
      .values({ eventId: link.eventId, partnerId: link.partnerId, name: deviceName, pairedAt: now, lastSeenAt: now })
      .returning({ id: devices.id })
      .get();
    tx.update(pairingLinks).set({ usedAt: now, deviceId: device.id }).where(eq(pairingLinks.id, link.id)).run();
    const session = createSession({ kind: "device", deviceId: device.id }, now);
    return { session, deviceId: device.id, partnerName: link.partnerName };
  });
}
