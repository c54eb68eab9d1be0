// The attendee's decision at the booth, written in the same transaction as the scan it answers
// (and the drawing opt-in, which is independent of it).
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { consentEvents, partners } from "@/db/schema";
import type { DeviceActor } from "../auth/actor";
import { enterDrawing, openDrawing } from "../drawing/open-drawing";
import { AppError, parseInput } from "../errors";
import { ScanInput, deviceTime, upsertScan } from "../scans/record-scan";
import { applyDecision, choiceOf, type Decision } from "./apply-decision";
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

export type DecisionResult = Decision & { enteredDrawing: boolean };

export function recordDecision(actor: DeviceActor, input: unknown, now = new Date()): DecisionResult {
  const data = parseInput(DecisionInput, input);
  const db = getDb();
  return db.transaction(
    (tx) => {
      const attendee = upsertScan(actor, data, now);
      const enteredDrawing = enterIfChosen();

      // A retry of a scan that was answered already gets the first answer, never a second row.
      const earlier = tx
        .select({ id: consentEvents.id, action: consentEvents.action })
        .from(consentEvents)
        .where(eq(consentEvents.scanId, data.scanId))
        .get();
      if (earlier) {
        if (choiceOf(earlier.action) !== data.choice) {
          throw new AppError("conflict", "A different decision was already recorded for this scan. Scan the badge again to change it.");
        }
        // The first answer, exactly: that scan did record this row.
        return { consentId: earlier.id, action: earlier.action, changed: true, enteredDrawing };
      }

      // The text is rebuilt here: the ledger records what the server knows was on the screen.
      const partner = tx.select().from(partners).where(eq(partners.id, actor.partnerId)).get()!;
      const notice = currentNoticeFor(actor.eventId, partner, data.language);
      if (notice.noticeId !== data.noticeId || notice.sha256 !== data.noticeSha256) {
        throw new AppError("conflict", "The notice changed while this screen was open. Please read the updated notice and decide again.");
      }
      const decision = applyDecision({
        eventId: actor.eventId,
        attendeeId: attendee.id,
        partnerId: actor.partnerId,
        choice: data.choice,
        notice,
        method: "booth_device",
        deviceId: actor.deviceId,
        scanId: data.scanId,
        clientId: null,
        occurredAt: deviceTime(data.decidedAt, now),
        recordedAt: now,
      });
      return { ...decision, enteredDrawing };

      function enterIfChosen(): boolean {
        if (!data.drawing) return false;
        const drawing = openDrawing(actor.eventId, now);
        if (!drawing) return false;
        enterDrawing(drawing.id, attendee.id, "booth_device", now);
        return true;
      }
    },
    { behavior: "immediate" },
  );
}
