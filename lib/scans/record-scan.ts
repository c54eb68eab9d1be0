// Recording a scan: one read of one badge at one booth, keyed by the id the device made.
// Repeating the same id returns the first scan; the same id for another badge, or from another
// device, is refused.
import { z } from "zod";
import { getDb } from "@/db/client";
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

const EXISTING_SQL = "select device_id as deviceId, attendee_id as attendeeId from scans where id = ?";
const INSERT_SQL = `insert into scans (id, event_id, partner_id, device_id, attendee_id, scanned_at, received_at) values (?, ?, ?, ?, ?, ?, ?)`;

/** Inserts the scan unless it exists; call inside the caller's transaction (on the process's connection). */
export function upsertScan(actor: DeviceActor, input: ScanInput, now: Date) {
  const sqlite = getDb().$client;
  const existing = sqlite.prepare(EXISTING_SQL).get(input.scanId) as { deviceId: number; attendeeId: number } | undefined;
  if (existing && existing.deviceId !== actor.deviceId) {
    throw new AppError("conflict", "This scan id belongs to a scan of another booth phone. Nothing was recorded.");
  }
  const attendee = findBadgeHolder(actor.eventId, input.code);
  if (existing) {
    if (existing.attendeeId !== attendee.id) {
      throw new AppError("conflict", "This scan id was already used for another badge. The scanner will make a new one.");
    }
    return attendee;
  }
  const scannedAt = deviceTime(input.scannedAt, now);
  sqlite.prepare(INSERT_SQL).run(input.scanId, actor.eventId, actor.partnerId, actor.deviceId, attendee.id, scannedAt.getTime(), now.getTime());
  countVisit(actor, attendee.id, scannedAt);
  return attendee;
}
