// The attendee's decision on the online booth screen: the scan with its decision, sent to the
// booth's one write path as a batch of one (lib/booth/record-booth-items.ts), so it follows
// the same rules and gets the same answers as an offline phone's queued item.
import type { z } from "zod";
import type { DeviceActor } from "../auth/actor";
import { BoothDecision, ScanInput } from "../booth/booth-item";
import { recordBoothItems, requireRecorded } from "../booth/record-booth-items";
import type { BoothDecisionResult } from "../booth/booth-decision";
import { parseInput } from "../errors";

/** What the online screen sends: the scan's fields and the decision's, side by side. */
export const DecisionInput = ScanInput.extend(BoothDecision.shape);
export type DecisionInput = z.input<typeof DecisionInput>;

export type DecisionResult = BoothDecisionResult;

export function recordDecision(actor: DeviceActor, input: unknown, now = new Date()): DecisionResult {
  const { scanId, code, scannedAt, source, ...decision } = parseInput(DecisionInput, input);
  const [result] = recordBoothItems(actor, [{ scanId, code, scannedAt, source, decision }], now);
  return requireRecorded(result!).decision!;
}

/**
 * What the booth phone is told after the tap: saved, and nothing else. The ledger's answer
 * (whether it was a withdrawal, whether it changed anything) would tell whoever holds the phone
 * what the attendee chose before (issue 12 §4, docs/decisions/029); the phone needs none of it.
 */
export function recordDecisionOnPhone(actor: DeviceActor, input: unknown, now = new Date()): { saved: true } {
  recordDecision(actor, input, now);
  return { saved: true };
}
