// A badge read at the booth: record the visit and return what the consent screen shows.
// The visit is recorded whatever the attendee decides next (it may count for the drawing).
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { partners } from "@/db/schema";
import type { DeviceActor } from "../auth/actor";
import { currentDecision, type CurrentDecision } from "../consent/current-consent";
import { noticesFor, type RenderedNotice } from "../consent/notice";
import { openDrawing, type OpenDrawing } from "../drawing/open-drawing";
import { parseInput } from "../errors";
import { ScanInput, upsertScan } from "./record-scan";

export type ConsentScreen = {
  scanId: string;
  firstName: string;
  partner: { name: string; booth: string; purpose: string; privacyUrl: string };
  /** What the screen shows first (the event's first language). */
  notice: RenderedNotice;
  /** One per language; the attendee may switch between them. */
  notices: RenderedNotice[];
  drawing: OpenDrawing | null;
  /** The attendee's standing decision for this partner, on a repeated visit. */
  current: Omit<CurrentDecision, "consentId"> | null;
};

export function openScan(actor: DeviceActor, input: unknown, now = new Date()): ConsentScreen {
  const scan = parseInput(ScanInput, input);
  const db = getDb();
  return db.transaction((tx) => {
    const partner = tx.select().from(partners).where(eq(partners.id, actor.partnerId)).get()!;
    const notices = noticesFor(actor.eventId, partner);
    const attendee = upsertScan(actor, scan, now);
    const current = currentDecision(attendee.id, actor.partnerId);
    return {
      scanId: scan.scanId,
      firstName: attendee.firstName,
      partner: { name: partner.name, booth: partner.booth, purpose: partner.purpose, privacyUrl: partner.privacyUrl },
      notice: notices[0]!,
      notices,
      drawing: openDrawing(actor.eventId, now),
      current: current && { action: current.action, at: current.at },
    };
  });
}
