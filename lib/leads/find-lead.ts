// A lead that may be qualified: the grant (consent event) must be the pair's standing decision.
// Nothing is recorded about people who declined or withdrew (DESIGN.md, consent rules).
import { getDb } from "@/db/client";
import type { Actor } from "../auth/actor";
import { requirePartnerAccess } from "../auth/access";
import { currentDecision } from "../consent/current-consent";
import { AppError, notFound } from "../errors";
import type { LeadHeader } from "./types";

type Row = LeadHeader & { action: "grant" | "decline" | "withdraw" };

const LEAD_SQL = `
  select ce.id as consentId, ce.event_id as eventId, ce.partner_id as partnerId, ce.attendee_id as attendeeId,
         ce.action as action, a.first_name as firstName, a.last_name as lastName, a.company as company,
         a.job_title as jobTitle
  from consent_events ce join attendees a on a.id = ce.attendee_id
  where ce.id = ?`;

/**
 * The lead behind a consent id, if the actor's partner owns it and it is still a share.
 * Another partner's consent is "not found"; one that no longer stands (a decline, or a share
 * since withdrawn) is "gone", with a message the booth staff can act on.
 */
export function requireStandingLead(actor: Actor, consentId: number): LeadHeader {
  const scope = actor.kind === "device" ? " and ce.partner_id = ? and ce.event_id = ?" : "";
  const params = actor.kind === "device" ? [consentId, actor.partnerId, actor.eventId] : [consentId];
  const row = getDb().$client.prepare(LEAD_SQL + scope).get(...params) as Row | undefined;
  if (!row) throw notFound("The lead");
  const partner = requirePartnerAccess(actor, row.eventId, row.partnerId);
  const standing = currentDecision(row.attendeeId, row.partnerId);
  if (row.action !== "grant" || standing?.consentId !== row.consentId) {
    throw new AppError(
      "gone",
      `${row.firstName} does not share their contact details with ${partner.name} (any more), so nothing can be recorded about them.`,
    );
  }
  const { action: _action, ...lead } = row;
  return lead;
}
