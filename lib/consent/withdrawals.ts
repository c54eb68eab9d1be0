// Withdrawals as the partner sees them: who took back a share (no contact details any more),
// and whether an earlier export had handed the contact over (then it is on the suppression
// list of every later export: lib/exports/read-partner-rows.ts).
import { getDb } from "@/db/client";
import type { Actor } from "../auth/actor";
import { requirePartnerAccess } from "../auth/access";
import { HANDED_OVER } from "./handed-over";

export type Withdrawal = { consentId: number; firstName: string; lastName: string; withdrawnAt: Date; exported: boolean };

/** Attendees whose standing decision for the partner is a withdrawal, newest first. */
export function listWithdrawals(actor: Actor, eventId: number, partnerId: number): Withdrawal[] {
  requirePartnerAccess(actor, eventId, partnerId);
  const rows = getDb()
    .$client.prepare(
      `select cc.consent_id as consentId, a.first_name as firstName, a.last_name as lastName, cc.occurred_at as withdrawnAt,
              ${HANDED_OVER} as exported
       from current_consent cc join attendees a on a.id = cc.attendee_id
       where cc.partner_id = ? and cc.action = 'withdraw'
       order by cc.occurred_at desc`,
    )
    .all(partnerId) as (Omit<Withdrawal, "withdrawnAt" | "exported"> & { withdrawnAt: number; exported: number })[];
  return rows.map((r) => ({ ...r, withdrawnAt: new Date(r.withdrawnAt), exported: r.exported === 1 }));
}
