// Test helpers: an attendee's decision at a booth and on their own page, through the real paths.
import { randomUUID } from "node:crypto";
import type { AttendeeActor, DeviceActor } from "../auth/actor";
import { decideOnPage } from "../consent/page-decision";
import { recordDecision } from "../consent/record-decision";
import { listMyPartners } from "../consent/my-decisions";
import { openScan } from "../scans/open-scan";

export function decideAtBooth(
  device: DeviceActor,
  badgeCode: string,
  choice: "share" | "decline",
  /** personalCode: the attendee's own, from the back of the badge (needed to share again after a withdrawal). */
  opts: { drawing?: boolean; language?: string; at?: Date; personalCode?: string } = {},
) {
  const at = opts.at ?? new Date();
  const read = { scanId: randomUUID(), code: badgeCode, scannedAt: at };
  const screen = openScan(device, read, at);
  const notice = screen.notices.find((n) => n.language === (opts.language ?? "en"))!;
  const result = recordDecision(
    device,
    { ...read, choice, drawing: opts.drawing ?? false, noticeId: notice.noticeId, noticeSha256: notice.sha256, language: notice.language, decidedAt: at, personalCode: opts.personalCode },
    at,
  );
  return { screen, notice, result };
}

export function decideOnMyPage(actor: AttendeeActor, partnerId: number, choice: "share" | "decline", now = new Date(), clientId = randomUUID()) {
  const met = listMyPartners(actor).find((m) => m.partner.id === partnerId)!;
  const notice = met.notices[0]!;
  return decideOnPage(actor, { partnerId, choice, clientId, noticeId: notice.noticeId, noticeSha256: notice.sha256, language: notice.language }, now);
}
