// Recording a scan: one read of one badge at one booth, keyed by the id the device made.
// The same id again finds the first scan; the same id for another badge, or from another
// device, is refused. Called by the booth's one write path (lib/booth/record-booth-item.ts).
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { prepared } from "@/db/prepared";
import { scans } from "@/db/schema";
import type { DeviceActor } from "../auth/actor";
import { findBadgeHolder, type BadgeHolder } from "../attendees/find-by-badge";
import type { ScanInput } from "../booth/booth-item";
import type { LookupMeter } from "../booth/lookup-meter";
import { clampDeviceTime } from "../booth/clamp-device-time";
import { typedCodeHint } from "../booth/typed-code-hint";
import { AppError } from "../errors";
import { countVisit } from "./partner-visits";

const existing = prepared((db) =>
  db.select({ deviceId: scans.deviceId, attendeeId: scans.attendeeId }).from(scans).where(eq(scans.id, sql.placeholder("scanId"))).prepare(),
);
const insert = prepared((db) =>
  db
    .insert(scans)
    .values({
      id: sql.placeholder("id"),
      eventId: sql.placeholder("eventId"),
      partnerId: sql.placeholder("partnerId"),
      deviceId: sql.placeholder("deviceId"),
      attendeeId: sql.placeholder("attendeeId"),
      scannedAt: sql.placeholder("scannedAt"),
      // Epoch ms or null: drizzle's timestamp mapping of a placeholder does not take null.
      scannedClaim: sql`${sql.placeholder("scannedClaimMs")}`,
      receivedAt: sql.placeholder("receivedAt"),
      source: sql.placeholder("source"),
    })
    .prepare(),
);

export const ANOTHER_PHONE = "This scan id belongs to a scan of another booth phone. Nothing was recorded.";

/**
 * Inserts the scan unless it exists, and counts the visit once; call inside the caller's
 * transaction. A new scan's lookup passes the phone's badge-lookup limit first (`meter`).
 */
export function recordScan(actor: DeviceActor, input: ScanInput, now: Date, meter: LookupMeter): { attendee: BadgeHolder; existed: boolean } {
  const db = getDb();
  const first = existing(db).get({ scanId: input.scanId });
  // Checked before the badge lookup: another phone's scan id tells nothing about its badge.
  if (first && first.deviceId !== actor.deviceId) throw new AppError("conflict", ANOTHER_PHONE);
  // The scan's own lookup was paid when it was made; its decision, or the item again, is free.
  const attendee = first ? findBadgeHolder(actor.eventId, input.code) : lookUp(actor, input, meter, now);
  if (first) {
    if (first.attendeeId !== attendee.id) {
      throw new AppError("conflict", "This scan id was already used for another badge. The scanner will make a new one.");
    }
    return { attendee, existed: true };
  }
  // The device's time, bounded by its pairing and the receipt; a claim outside is kept beside it.
  const { deviceTime: scannedAt, deviceClaim } = clampDeviceTime(input.scannedAt, actor.pairedAt, now);
  const { eventId, partnerId, deviceId } = actor;
  const scannedClaimMs = deviceClaim?.getTime() ?? null;
  const source = input.source ?? null; // the phone's claim; null when it did not say
  insert(db).run({ id: input.scanId, eventId, partnerId, deviceId, attendeeId: attendee.id, scannedAt, scannedClaimMs, receivedAt: now, source });
  countVisit(actor, attendee.id, scannedAt);
  return { attendee, existed: false };
}

function lookUp(actor: DeviceActor, input: ScanInput, meter: LookupMeter, now: Date): BadgeHolder {
  meter.admit(input.source);
  try {
    const attendee = findBadgeHolder(actor.eventId, input.code);
    meter.charge(input.source, true);
    return attendee;
  } catch (error) {
    if (!(error instanceof AppError && error.code === "not_found")) throw error;
    meter.charge(input.source, false);
    // A typed miss may be one slip on the badge this phone's camera just read: say which.
    const hint = input.source === "typed" ? typedCodeHint(getDb(), actor, input.code, now) : null;
    throw hint ? new AppError("not_found", `${error.message} Did you mean ${hint}?`, { code: `Did you mean ${hint}?`, suggestion: hint }) : error;
  }
}
