// What a booth phone sends, online or from its offline queue: a scan (one read of one badge,
// keyed by the id the phone made), with the attendee's decision once one was taken. The online
// screen sends the scan when the badge is read and the same scan with its decision after the
// tap; an offline phone sends both at once when it is back online.
import { z } from "zod";
import { sha256Hex } from "../crypto";
import { ClientId } from "../fields";

export const ScanInput = z.object({
  scanId: ClientId,
  code: z.string().trim().min(1, "Enter or scan a badge code.").max(512, "That code is too long to be a badge."),
  scannedAt: z.coerce.date({ message: "scannedAt must be a date." }),
  // How the code was entered, as the phone says: its camera read the badge, or staff typed the
  // code. Optional: a phone still on an older page (or an item queued by one) does not send it,
  // and its scan is recorded with no source (null), never assumed to be a camera read.
  source: z.enum(["camera", "typed"], { message: "source must be camera or typed." }).optional(),
});
export type ScanInput = z.infer<typeof ScanInput>;

/** The attendee's tap, with the notice version the screen showed (lib/booth/shown-notice.ts). */
export const BoothDecision = z.object({
  // No default: the attendee must have tapped one of the two buttons.
  choice: z.enum(["share", "decline"], { message: "Choose Share or Don't share." }),
  drawing: z.boolean({ message: "drawing must be true or false." }),
  // The open drawings the attendee ticked, by id, online and offline (an event may run several).
  // Without it (items an older page queued), `drawing` enters the first open one.
  drawingIds: z.array(z.number().int().positive()).max(20).optional(),
  noticeId: z.number().int().positive(),
  noticeSha256: z.string().regex(/^[0-9a-f]{64}$/, "noticeSha256 must be a sha256 in hex."),
  language: z.string().min(2).max(10),
  decidedAt: z.coerce.date({ message: "decidedAt must be a date." }),
  // The attendee's personal code (back of the badge), needed only to share again after a
  // withdrawal (reshare-rule.ts). Not part of the item's content hash: it proves, it is not content.
  personalCode: z.string().trim().min(1).max(512).optional(),
});
export type BoothDecision = z.infer<typeof BoothDecision>;

export const BoothItem = ScanInput.extend({ decision: BoothDecision.optional() });
export type BoothItem = z.infer<typeof BoothItem>;

/**
 * The item's content in a fixed order (times as epoch ms, the code as trimmed): the same item
 * sent again hashes the same, anything else about it hashes differently. The source and the
 * drawings' ids are appended only when sent, so an item without them (an older phone's) hashes
 * as it always has.
 */
export function itemSha256(item: BoothItem): string {
  const d = item.decision;
  return sha256Hex(
    JSON.stringify([
      item.code,
      item.scannedAt.getTime(),
      d ? [d.choice, d.drawing, d.noticeId, d.noticeSha256, d.language, d.decidedAt.getTime()] : null,
      ...(item.source ? [item.source] : []),
      ...(d?.drawingIds ? [["drawings", d.drawingIds]] : []),
    ]),
  );
}
