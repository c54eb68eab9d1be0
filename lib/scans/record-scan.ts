// Recording a scan: one read of one badge at one booth, keyed by the id the device made.
// Repeating the same id returns the first scan; the same id for another badge is refused.
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { scans } from "@/db/schema";
import type { DeviceActor } from "../auth/actor";
import { findBadgeHolder } from "../attendees/find-by-badge";
import { AppError } from "../errors";
import { ClientId } from "../fields";
import { countVisit } from "./partner-visits";

export const ScanInput = z.object({
  scanId: ClientId,
  code: z.string().trim().min(1, "Enter or scan a badge code.").max(512, "That code is too long to be a badge."),
  scannedAt: z.coerce.date({ message: "scannedAt must be a date." }),
});
export type ScanInput = z.infer<typeof ScanInput>;

/** A device clock may be wrong: a time in the future beyond this is replaced by the server's. */
const CLOCK_SKEW_MS = 5 * 60_000;

export function deviceTime(claimed: Date, now: Date): Date {
  return claimed.getTime() > now.getTime() + CLOCK_SKEW_MS ? now : claimed;
}

/** Inserts the scan unless it exists; call inside the caller's transaction. */
export function upsertScan(tx: Pick<Db, "select" | "insert">, actor: DeviceActor, input: ScanInput, now: Date) {
  const attendee = findBadgeHolder(tx, actor.eventId, input.code);
  const existing = tx
    .select({ deviceId: scans.deviceId, attendeeId: scans.attendeeId })
    .from(scans)
    .where(eq(scans.id, input.scanId))
    .get();
  if (existing) {
    if (existing.deviceId !== actor.deviceId || existing.attendeeId !== attendee.id) {
      throw new AppError("conflict", "This scan id was already used for another badge. The scanner will make a new one.");
    }
    return attendee;
  }
  const scannedAt = deviceTime(input.scannedAt, now);
  tx.insert(scans)
    .values({
      id: input.scanId,
      eventId: actor.eventId,
      partnerId: actor.partnerId,
      deviceId: actor.deviceId,
      attendeeId: attendee.id,
      scannedAt,
      receivedAt: now,
    })
    .run();
  countVisit(tx, actor, attendee.id, scannedAt);
  return attendee;
}
