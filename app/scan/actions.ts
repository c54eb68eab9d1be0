"use server";
import { requireDevice } from "@/lib/auth/guards";
import { recordDecision, type DecisionResult } from "@/lib/consent/record-decision";
import { toActionResult, type ActionResult } from "@/lib/errors";
import { openScan, type ConsentScreen } from "@/lib/scans/open-scan";

/** A badge was read: record the visit and get what the consent screen shows. */
export async function openScanAction(input: unknown): Promise<ActionResult<ConsentScreen>> {
  return toActionResult(async () => openScan(await requireDevice(), input));
}

/** The attendee tapped Share or Don't share. */
export async function recordDecisionAction(input: unknown): Promise<ActionResult<DecisionResult>> {
  return toActionResult(async () => recordDecision(await requireDevice(), input));
}
