// A badge read at the booth: record the visit and return what the consent screen shows.
// The visit is recorded whatever the attendee decides next (it may count for the drawing),
// through the booth's one write path as a scan without a decision; the rest is reading.
import { getDb } from "@/db/client";
import type { DeviceActor } from "../auth/actor";
import { findBadgeHolder } from "../attendees/find-by-badge";
import { ScanInput } from "../booth/booth-item";
import { recordBoothItems, requireRecorded } from "../booth/record-booth-items";
import { currentDecision } from "../consent/current-consent";
import { noticesFor, type RenderedNotice } from "../consent/notice";
import { openDrawingsFor, type OpenDrawing } from "../drawing/open-drawing";
import { parseInput } from "../errors";
import { partnerWords, type PartnerWords } from "../partners/partner-words";
import { retentionDaysOf } from "../retention/retention-days";

export type ConsentScreen = {
  scanId: string;
  firstName: string;
  partner: PartnerWords;
  /** What the screen shows first (the event's first language). */
  notice: RenderedNotice;
  /** One per language; the attendee may switch between them. */
  notices: RenderedNotice[];
  /** Every open drawing with the attendee's standing in it (offline: unknown, so none shows as entered). */
  drawings: (OpenDrawing & { entered: boolean })[];
  earlier: boolean;
  /** Days after the event's last day that the details are kept; unknown offline. */
  retentionDays?: number;
};

export function openScan(actor: DeviceActor, input: unknown, now = new Date()): ConsentScreen {
  const scan = parseInput(ScanInput, input);
  const partner = partnerWords(getDb(), actor.partnerId);
  // Before the scan: an event with no notice yet records nothing (noticesFor refuses).
  const notices = noticesFor(actor.eventId, partner);
  requireRecorded(recordBoothItems(actor, [scan], now)[0]!);
  const attendee = findBadgeHolder(actor.eventId, scan.code);
  return {
    scanId: scan.scanId,
    firstName: attendee.firstName,
    partner,
    notice: notices[0]!,
    notices,
    drawings: openDrawingsFor(actor.eventId, attendee.id, now),
    earlier: currentDecision(attendee.id, actor.partnerId) !== null,
    retentionDays: retentionDaysOf(actor),
  };
}
