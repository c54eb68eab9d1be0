// A badge read at the booth: record the visit and return what the consent screen shows.
// The visit is recorded whatever the attendee decides next (it may count for the drawing).
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { partners } from "@/db/schema";
import type { DeviceActor } from "../auth/actor";
import { currentNoticeFor, SHARED_FIELDS, type RenderedNotice } from "../consent/notice";
import { openDrawing, type OpenDrawing } from "../drawing/open-drawing";
import { parseInput } from "../errors";
import { ScanInput, upsertScan } from "./record-scan";

export type ConsentScreen = {
  scanId: string;
  firstName: string;
  partner: { name: string; booth: string; purpose: string; privacyUrl: string };
  sharedFields: readonly string[];
  notice: RenderedNotice;
  drawing: OpenDrawing | null;
};

export function openScan(actor: DeviceActor, input: unknown, now = new Date()): ConsentScreen {
  const scan = parseInput(ScanInput, input);
  const db = getDb();
  return db.transaction((tx) => {
    const partner = tx.select().from(partners).where(eq(partners.id, actor.partnerId)).get()!;
    const notice = currentNoticeFor(actor.eventId, partner);
    const attendee = upsertScan(tx, actor, scan, now);
    return {
      scanId: scan.scanId,
      firstName: attendee.firstName,
      partner: { name: partner.name, booth: partner.booth, purpose: partner.purpose, privacyUrl: partner.privacyUrl },
      sharedFields: SHARED_FIELDS,
      notice,
      drawing: openDrawing(tx, actor.eventId, now),
    };
  });
}
