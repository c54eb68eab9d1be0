// The current rating and notes of a partner's leads, for lead lists and exports. They live in
// lead_qualification_current (one row per grant, kept in step with each history append), so a
// reader needs no "latest revision" search: one primary-key lookup per lead.
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { currentConsent as cc, leadQualificationCurrent as q } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { requirePartnerAccess } from "../auth/access";
import type { Rating } from "./types";

export type CurrentQualification = { consentId: number; rating: Rating | null; notes: string };

/** Attendee id → current rating and notes, for the partner's current leads only (one query). */
export function readCurrentQualifications(actor: Actor, eventId: number, partnerId: number): Map<number, CurrentQualification> {
  requirePartnerAccess(actor, eventId, partnerId);
  // Keyed by the grant (as CURRENT_QUALIFICATION_JOIN in qualification-sql.ts): a qualification
  // never outlives the share it was made under.
  const rows = getDb()
    .select({ attendeeId: cc.attendeeId, consentId: cc.consentId, rating: q.rating, notes: q.notes })
    .from(cc)
    .innerJoin(q, eq(q.consentId, cc.consentId))
    .where(and(eq(cc.partnerId, partnerId), eq(cc.action, "grant")))
    .all();
  return new Map(rows.map(({ attendeeId, ...qualification }) => [attendeeId, qualification]));
}
