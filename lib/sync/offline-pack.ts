// What a booth phone keeps so that it can ask for consent while offline: its partner's words,
// the current notices rendered for that partner (with their ids and sha256, which the offline
// decision reports back), every open drawing (decision 041), the event's retention period, which
// the screen states as it does online, and the event's time zone, which the phone's own lines
// state times in (decision 044). No attendee data: that never leaves the server for an offline
// screen, which is why it shows no name, nor whether the attendee is already in a drawing.
import { getDb } from "@/db/client";
import type { DeviceActor } from "../auth/actor";
import { noticesFor, type RenderedNotice } from "../consent/notice";
import { openDrawings, type OpenDrawing } from "../drawing/open-drawing";
import { AppError } from "../errors";
import { partnerWords, type PartnerWords } from "../partners/partner-words";
import { retentionDaysOf } from "../retention/retention-days";

export type OfflinePack = {
  deviceId: number;
  partner: PartnerWords;
  notices: RenderedNotice[];
  /** Every drawing open when the pack was made, oldest first; the screen drops one whose entries closed since. */
  drawings: OpenDrawing[];
  /** Days the event keeps contact details after its last day (a pack cached before it had none: undefined). */
  retentionDays?: number;
  /** The event's IANA zone (decision 044). */
  timeZone: string;
  /** When the server made it: the phone keeps the newest copy it has seen. */
  madeAt: string;
};

/** The device's pack, or null while the event has no notice (nothing can be decided then). */
export function offlinePack(actor: DeviceActor, now = new Date()): OfflinePack | null {
  const partner = partnerWords(getDb(), actor.partnerId);
  try {
    const notices = noticesFor(actor.eventId, partner);
    const drawings = openDrawings(actor.eventId, now);
    return { deviceId: actor.deviceId, partner, notices, drawings, retentionDays: retentionDaysOf(actor), timeZone: actor.timeZone, madeAt: now.toISOString() };
  } catch (error) {
    if (error instanceof AppError && error.code === "conflict") return null;
    throw error;
  }
}
