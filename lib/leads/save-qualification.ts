// A booth device saves a lead's rating, notes, tags and answers. Optimistic concurrency: the
// save names the revision the device had on screen, and if another device saved since, nothing
// is written and the other device's revision comes back, so the user merges or overwrites on
// purpose. Two devices never overwrite each other silently (issue 5, section 6).
import { z } from "zod";
import { getDb } from "@/db/client";
import { RATINGS, leadQualificationCurrent, leadQualifications } from "@/db/schema";
import type { DeviceActor } from "../auth/actor";
import { AppError, parseInput } from "../errors";
import { ClientId, Id, plainText } from "../fields";
import { checkValues, sameValues } from "./check-values";
import { requireStandingLead } from "./find-lead";
import { loadLeadForm } from "./read-lead-form";
import { readCurrentRevision, readRevisionByClientId } from "./read-revisions";
import type { SaveResult } from "./types";

export const QualificationInput = z.object({
  consentId: Id,
  // The revision the device showed when the user started editing; 0 when there was none.
  basedOn: z.number({ message: "basedOn must be a revision number." }).int().min(0),
  // Made by the device per save attempt: a retried request records once.
  clientId: ClientId,
  rating: z.enum(RATINGS, { message: "Choose cold, warm or hot." }).nullable(),
  notes: z.string().trim().max(4000, "Notes are too long (at most 4,000 characters).").superRefine(plainText("Notes", { lines: true })),
  tags: z.array(z.string().trim().min(1).max(40).superRefine(plainText("A tag"))).max(40),
  answers: z.record(
    z.string().regex(/^\d+$/),
    z.string().trim().max(500, "An answer is too long (at most 500 characters).").superRefine(plainText("An answer", { lines: true })),
  ),
});
export type QualificationInput = z.input<typeof QualificationInput>;

export function saveQualification(actor: DeviceActor, input: unknown): SaveResult {
  const data = parseInput(QualificationInput, input);
  const { consentId, basedOn, clientId, ...values } = data;
  return getDb().transaction(
    (tx) => {
      const earlier = readRevisionByClientId(clientId);
      if (earlier) {
        if (earlier.consentId !== consentId || earlier.deviceId !== actor.deviceId) {
          throw new AppError("conflict", "This save was already used for another lead. Reload the page and try again.");
        }
        const { consentId: _c, ...revision } = earlier;
        return { status: "saved", current: revision };
      }
      const lead = requireStandingLead(actor, consentId);
      const current = readCurrentRevision(consentId);
      if ((current?.revision ?? 0) !== basedOn) return { status: "conflict", current };

      const checked = checkValues(loadLeadForm(lead.partnerId), current, values);
      if (current && sameValues(current, checked)) return { status: "saved", current };

      const revision = basedOn + 1;
      const row = tx
        .insert(leadQualifications)
        .values({ eventId: lead.eventId, partnerId: lead.partnerId, attendeeId: lead.attendeeId, consentId, revision, basedOn, deviceId: actor.deviceId, clientId, ...checked })
        .returning({ id: leadQualifications.id })
        .get();
      const now = { qualificationId: row.id, revision, rating: checked.rating, notes: checked.notes };
      tx.insert(leadQualificationCurrent)
        .values({ consentId, partnerId: lead.partnerId, attendeeId: lead.attendeeId, ...now })
        .onConflictDoUpdate({ target: leadQualificationCurrent.consentId, set: now })
        .run();
      return { status: "saved", current: readCurrentRevision(consentId)! };
    },
    // IMMEDIATE: the revision check and the append cannot interleave with another device's save.
    { behavior: "immediate" },
  );
}
