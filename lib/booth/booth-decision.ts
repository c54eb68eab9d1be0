// The attendee's decision at the booth, online or delivered later by an offline phone: checked
// against the notice the screen showed (shown-notice.ts), applied to the ledger, and the
// drawing opt-in, which is independent of it (consent rule 4).
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { prepared } from "@/db/prepared";
import { consentEvents } from "@/db/schema";
import type { DeviceActor } from "../auth/actor";
import { applyDecision } from "../consent/apply-decision";
import { currentDecision } from "../consent/current-consent";
import { enterDrawing, openDrawing, openDrawings } from "../drawing/open-drawing";
import { AppError } from "../errors";
import { partnerWords } from "../partners/partner-words";
import type { ItemAccepted } from "../sync/sync-result";
import type { BoothDecision } from "./booth-item";
import { clampDeviceTime } from "./clamp-device-time";
import { requireAttendeeForReshare } from "./reshare-rule";
import { shownNotice } from "./shown-notice";

export type BoothDecisionResult = NonNullable<ItemAccepted["decision"]>;

const answerToScan = prepared((db) =>
  db.select({ id: consentEvents.id }).from(consentEvents).where(eq(consentEvents.scanId, sql.placeholder("scanId"))).prepare(),
);

/** Call inside the item's transaction, after its scan is recorded and its item record checked (a refused reshare throws before anything is written). */
export function recordBoothDecision(
  actor: DeviceActor,
  scan: { scanId: string; attendee: { id: number; firstName: string }; existed: boolean },
  d: BoothDecision,
  now: Date,
): BoothDecisionResult {
  const db = getDb();
  // Read once for the item: the reshare rule and the decision judge the same standing decision.
  const standing = currentDecision(scan.attendee.id, actor.partnerId);
  requireAttendeeForReshare(db, actor, scan.attendee, d, standing);
  // A decision answers one scan (consent_events.scan_id is unique). The item record gives
  // retries their first answer; a scan decided before item records existed (decision 013)
  // has a ledger row and no record, and a second decision for it is refused here. A scan
  // inserted just now has no ledger row: the lookup is needed only for one that existed.
  if (scan.existed && answerToScan(db).get({ scanId: scan.scanId })) {
    throw new AppError("conflict", "A decision was already recorded for this scan. The first one stands.");
  }
  // The device's time of the tap, bounded by its pairing and by now (clamp-device-time.ts): the
  // notice it showed and the drawing it entered are judged at that moment. The ledger's order is
  // the server's receipt, `now`.
  const { deviceTime, deviceClaim } = clampDeviceTime(d.decidedAt, actor.pairedAt, now);
  const partner = partnerWords(db, actor.partnerId);
  const decision = applyDecision({
    eventId: actor.eventId,
    attendeeId: scan.attendee.id,
    partnerId: actor.partnerId,
    choice: d.choice,
    notice: shownNotice(db, actor.eventId, partner, d, deviceTime),
    partner,
    method: "booth_device",
    deviceId: actor.deviceId,
    scanId: scan.scanId,
    clientId: null,
    deviceTime,
    deviceClaim,
    recordedAt: now,
    standing,
  });
  const drawings = drawingsToEnter(actor.eventId, d, deviceTime);
  for (const id of drawings) enterDrawing(id, scan.attendee.id, "booth_device", now);
  return { ...decision, enteredDrawing: drawings.length > 0 };
}

/**
 * The drawings the tap enters: those ticked by id that are this event's and open at the tap, or,
 * from a phone that names none, the first open one when its box was ticked. An id of another
 * event or of a closed drawing enters nothing (and says nothing about it).
 */
function drawingsToEnter(eventId: number, d: BoothDecision, at: Date): number[] {
  if (d.drawingIds) {
    const ticked = new Set(d.drawingIds);
    return openDrawings(eventId, at)
      .filter((o) => ticked.has(o.id))
      .map((o) => o.id);
  }
  const first = d.drawing ? openDrawing(eventId, at) : null;
  return first ? [first.id] : [];
}
