// The current rating and notes of a partner's leads, for lead lists and exports. They live in
// lead_qualification_current (one row per grant, kept in step with each history append), so a
// reader needs no "latest revision" search: one primary-key lookup per lead.
import { getDb } from "@/db/client";
import type { Actor } from "../auth/actor";
import { requirePartnerAccess } from "../auth/access";
import { CURRENT_QUALIFICATION_JOIN } from "./qualification-sql";
import type { Rating } from "./types";

export type CurrentQualification = { consentId: number; rating: Rating | null; notes: string };

/** Attendee id → current rating and notes, for the partner's current leads only (one query). */
export function readCurrentQualifications(actor: Actor, eventId: number, partnerId: number): Map<number, CurrentQualification> {
  requirePartnerAccess(actor, eventId, partnerId);
  const rows = getDb()
    .$client.prepare(
      `select cc.attendee_id as attendeeId, cc.consent_id as consentId, q.rating as rating, q.notes as notes
       from current_consent cc ${CURRENT_QUALIFICATION_JOIN}
       where cc.partner_id = ? and cc.action = 'grant' and q.consent_id is not null`,
    )
    .all(partnerId) as (CurrentQualification & { attendeeId: number })[];
  return new Map(rows.map(({ attendeeId, ...q }) => [attendeeId, q]));
}
