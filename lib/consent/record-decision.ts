// The attendee's decision at the booth: one consent event in the ledger, written in the same
// transaction as the scan it answers (and the drawing opt-in, which is independent of it).
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { consentEvents, consentTexts, partners } from "@/db/schema";
import type { DeviceActor } from "../auth/actor";
import { enterDrawing, openDrawing } from "../drawing/open-drawing";
import { AppError, parseInput } from "../errors";
import { ScanInput, deviceTime, upsertScan } from "../scans/record-scan";
import { currentNoticeFor } from "./notice";

export const DecisionInput = ScanInput.extend({
  // No default: the attendee must have tapped one of the two buttons.
  choice: z.enum(["share", "decline"], { message: "Choose Share or Don't share." }),
  drawing: z.boolean({ message: "drawing must be true or false." }),
  noticeId: z.number().int().positive(),
  noticeSha256: z.string().regex(/^[0-9a-f]{64}$/, "noticeSha256 must be a sha256 in hex."),
  language: z.string().min(2).max(10),
  decidedAt: z.coerce.date({ message: "decidedAt must be a date." }),
});
export type DecisionInput = z.input<typeof DecisionInput>;

export type DecisionResult = { consentId: number; action: "grant" | "decline"; enteredDrawing: boolean };

export function recordDecision(actor: DeviceActor, input: unknown, now = new Date()): DecisionResult {
  const data = parseInput(DecisionInput, input);
  const action = data.choice === "share" ? "grant" : "decline";
  const db = getDb();
  return db.transaction((tx) => {
    const attendee = upsertScan(tx, actor, data, now);

    const earlier = tx
      .select({ id: consentEvents.id, action: consentEvents.action })
      .from(consentEvents)
      .where(eq(consentEvents.scanId, data.scanId))
      .get();
    if (earlier) {
      if (earlier.action !== action) {
        throw new AppError("conflict", "A different decision was already recorded for this scan. Scan the badge again to change it.");
      }
      return { consentId: earlier.id, action, enteredDrawing: enterIfChosen() };
    }

    // The text is rebuilt here: the ledger records what the server knows was on the screen.
    const partner = tx.select().from(partners).where(eq(partners.id, actor.partnerId)).get()!;
    const notice = currentNoticeFor(actor.eventId, partner, data.language);
    if (notice.noticeId !== data.noticeId || notice.sha256 !== data.noticeSha256) {
      throw new AppError("conflict", "The notice changed while this screen was open. Please read the updated notice and decide again.");
    }
    tx.insert(consentTexts).values({ sha256: notice.sha256, text: notice.text }).onConflictDoNothing().run();
    const { id } = tx
      .insert(consentEvents)
      .values({
        eventId: actor.eventId,
        attendeeId: attendee.id,
        partnerId: actor.partnerId,
        action,
        noticeId: notice.noticeId,
        textSha256: notice.sha256,
        language: notice.language,
        method: "booth_device",
        deviceId: actor.deviceId,
        scanId: data.scanId,
        occurredAt: deviceTime(data.decidedAt, now),
        recordedAt: now,
      })
      .returning({ id: consentEvents.id })
      .get();
    return { consentId: id, action, enteredDrawing: enterIfChosen() };

    function enterIfChosen(): boolean {
      if (!data.drawing) return false;
      const drawing = openDrawing(tx, actor.eventId, now);
      if (!drawing) return false;
      enterDrawing(tx, drawing.id, attendee.id, "booth_device", now);
      return true;
    }
  });
}
