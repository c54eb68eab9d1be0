// Withdrawals as the partner sees them: who took back a share (no contact details any more),
// and whether an earlier export had handed the contact over (then it is on the suppression
// list of every later export: lib/exports/read-partner-rows.ts).
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { attendees, currentConsent } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { requirePartnerAccess } from "../auth/access";
import { handedOver } from "./handed-over";

export type Withdrawal = { consentId: number; firstName: string; lastName: string; withdrawnAt: Date; exported: boolean };

const cc = currentConsent;

/** Attendees whose standing decision for the partner is a withdrawal, newest first. */
export function listWithdrawals(actor: Actor, eventId: number, partnerId: number): Withdrawal[] {
  requirePartnerAccess(actor, eventId, partnerId);
  return getDb()
    .select({
      consentId: cc.consentId,
      firstName: attendees.firstName,
      lastName: attendees.lastName,
      withdrawnAt: cc.recordedAt,
      exported: sql<boolean>`${handedOver}`.mapWith(Boolean),
    })
    .from(cc)
    .innerJoin(attendees, eq(attendees.id, cc.attendeeId))
    // An erased attendee has no name left: their entry is the suppression list's hash (docs/decisions/027).
    .where(and(eq(cc.partnerId, partnerId), eq(cc.action, "withdraw"), isNull(attendees.erasedAt)))
    .orderBy(desc(cc.consentId))
    .all();
}
