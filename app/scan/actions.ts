"use server";
import { requireDevice } from "@/lib/auth/guards";
import { DecisionInput, recordDecisionOnPhone } from "@/lib/consent/record-decision";
import { action } from "@/lib/http/action";
import { EarlierChoiceInput, readEarlierChoice } from "@/lib/scans/earlier-choice";
import { openScan } from "@/lib/scans/open-scan";
import { ScanInput } from "@/lib/booth/booth-item";
import { retentionDaysOf } from "@/lib/retention/retention-days";

/** A badge was read: record the visit and get what the consent screen shows. */
export const openScanAction = action(ScanInput, requireDevice, (device, scan) => ({ ...openScan(device, scan), retentionDays: retentionDaysOf(device.eventId) }));

/** The attendee tapped Share or Don't share. */
export const recordDecisionAction = action(DecisionInput, requireDevice, recordDecisionOnPhone);

/** The attendee asked to see their earlier decision for this partner (a repeat visit). */
export const readEarlierChoiceAction = action(EarlierChoiceInput, requireDevice, readEarlierChoice);
