"use server";
import { requireDevice } from "@/lib/auth/guards";
import { DecisionInput, recordDecision } from "@/lib/consent/record-decision";
import { action } from "@/lib/http/action";
import { openScan } from "@/lib/scans/open-scan";
import { ScanInput } from "@/lib/booth/booth-item";
import { retentionDaysOf } from "@/lib/retention/retention-days";

/** A badge was read: record the visit and get what the consent screen shows. */
export const openScanAction = action(ScanInput, requireDevice, (device, scan) => ({ ...openScan(device, scan), retentionDays: retentionDaysOf(device.eventId) }));

/** The attendee tapped Share or Don't share. */
export const recordDecisionAction = action(DecisionInput, requireDevice, recordDecision);
