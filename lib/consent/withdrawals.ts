// Withdrawals as the partner sees them: who took back a share (no contact details any more),
// and, for contacts it had exported before, a suppression list for its mailing tools.
import { getDb } from "@/db/client";
import type { Actor } from "../auth/actor";
import { requirePartnerAccess } from "../auth/access";
import { IS_LATEST } from "./current-consent";

export type Withdrawal = { consentId: number; firstName: string; lastName: string; withdrawnAt: Date; exported: boolean };

const EXPORTED = `exists (select 1 from export_rows r join exports x on x.id = r.export_id
  where r.attendee_id = ce.attendee_id and x.partner_id = ce.partner_id and x.format in ('csv', 'xlsx'))`;

/** Attendees whose standing decision for the partner is a withdrawal, newest first. */
export function listWithdrawals(actor: Actor, eventId: number, partnerId: number): Withdrawal[] {
  requirePartnerAccess(actor, eventId, partnerId);
  const rows = getDb()
    .$client.prepare(
      `select ce.id as consentId, a.first_name as firstName, a.last_name as lastName, ce.occurred_at as withdrawnAt,
              ${EXPORTED} as exported
       from consent_events ce join attendees a on a.id = ce.attendee_id
       where ce.partner_id = ? and ce.action = 'withdraw' and ${IS_LATEST}
       order by ce.occurred_at desc`,
    )
    .all(partnerId) as (Omit<Withdrawal, "withdrawnAt" | "exported"> & { withdrawnAt: number; exported: number })[];
  return rows.map((r) => ({ ...r, withdrawnAt: new Date(r.withdrawnAt), exported: r.exported === 1 }));
}

export type Suppression = { consentId: number; email: string; withdrawnAt: Date };

/** Withdrawn contacts that an earlier export of this partner handed over. */
export function* iterateSuppressions(actor: Actor, eventId: number, partnerId: number): Generator<Suppression> {
  requirePartnerAccess(actor, eventId, partnerId);
  const rows = getDb()
    .$client.prepare(
      `select ce.id as consentId, a.email as email, ce.occurred_at as withdrawnAt
       from consent_events ce join attendees a on a.id = ce.attendee_id
       where ce.partner_id = ? and ce.action = 'withdraw' and ${IS_LATEST} and ${EXPORTED}
       order by ce.occurred_at`,
    )
    .iterate(partnerId) as Iterable<Omit<Suppression, "withdrawnAt"> & { withdrawnAt: number }>;
  for (const r of rows) yield { ...r, withdrawnAt: new Date(r.withdrawnAt) };
}
