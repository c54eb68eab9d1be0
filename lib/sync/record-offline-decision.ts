// The attendee's decision taken on an offline phone, delivered later. Same mechanism as the
// online one (lib/consent/record-decision.ts, apply-decision.ts), with two differences: the
// notice may be an older version (checked in shown-notice.ts), and the drawing opt-in counts
// if the drawing was open when the attendee tapped, not when the phone came back online.
import type { DeviceActor } from "../auth/actor";
import { applyDecision, choiceOf } from "../consent/apply-decision";
import { enterDrawing, openDrawing } from "../drawing/open-drawing";
import { AppError } from "../errors";
import { deviceTime } from "../scans/record-scan";
import type { OfflineDecision } from "./sync-input";
import type { ItemAccepted } from "./sync-result";
import { shownNotice } from "./shown-notice";
import { syncStatements } from "./statements";
import type { z } from "zod";

type Decided = NonNullable<ItemAccepted["decision"]>;

/** Call inside the caller's IMMEDIATE transaction, after the scan is recorded. */
export function recordOfflineDecision(
  actor: DeviceActor,
  scan: { scanId: string; attendeeId: number },
  d: z.infer<typeof OfflineDecision>,
  now: Date,
): Decided {
  const decidedAt = deviceTime(d.decidedAt, now);
  const decision = answer();
  let enteredDrawing = false;
  const drawing = d.drawing ? openDrawing(actor.eventId, decidedAt) : null;
  if (drawing) {
    enterDrawing(drawing.id, scan.attendeeId, "booth_device", now);
    enteredDrawing = true;
  }
  return { ...decision, enteredDrawing };

  function answer() {
    // The phone may have been online for the scan and lost the answer to the decision: the
    // ledger already has it (its scan id is unique there).
    const sql = syncStatements();
    const earlier = sql.answerToScan.get(scan.scanId);
    if (earlier) {
      if (choiceOf(earlier.action) !== d.choice) {
        throw new AppError("conflict", "A different decision was already recorded for this scan. The first one stands.");
      }
      return { consentId: earlier.id, action: earlier.action, changed: true };
    }
    const partner = sql.partnerWords.get(actor.partnerId)!;
    return applyDecision({
      eventId: actor.eventId,
      attendeeId: scan.attendeeId,
      partnerId: actor.partnerId,
      choice: d.choice,
      notice: shownNotice(actor.eventId, partner, d),
      method: "booth_device",
      deviceId: actor.deviceId,
      scanId: scan.scanId,
      clientId: null,
      occurredAt: decidedAt,
      recordedAt: now,
    });
  }
}
