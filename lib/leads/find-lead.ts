// A lead that may be qualified: the grant (consent event) must be the pair's standing decision.
// Nothing is recorded about people who declined or withdrew (DESIGN.md, consent rules).
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { attendees, consentEvents as ce } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { confinedToPartner, requirePartnerAccess } from "../auth/access";
import { currentDecision } from "../consent/current-consent";
import { AppError, notFound } from "../errors";
import type { LeadHeader } from "./types";

/**
 * The lead behind a consent id, if the actor's partner owns it and it is still a share.
 * Another partner's consent is "not found". For a booth device, so is one that no longer
 * stands (a decline, or a share since withdrawn or replaced): a phone walking consent ids must
 * learn nothing, not even that an id is a decline or whose it is (issue 12 §4,
 * docs/decisions/029). An organizer, who may see every decision, gets "gone" with the reason.
 */
export function requireStandingLead(actor: Actor, consentId: number): LeadHeader {
  const own = confinedToPartner(actor);
  const row = getDb()
    .select({
      consentId: ce.id,
      eventId: ce.eventId,
      partnerId: ce.partnerId,
      attendeeId: ce.attendeeId,
      action: ce.action,
      firstName: attendees.firstName,
      lastName: attendees.lastName,
      company: attendees.company,
      jobTitle: attendees.jobTitle,
    })
    .from(ce)
    .innerJoin(attendees, eq(attendees.id, ce.attendeeId))
    .where(
      and(
        eq(ce.id, consentId),
        own ? and(eq(ce.partnerId, own.partnerId), eq(ce.eventId, own.eventId)) : undefined,
      ),
    )
    .get();
  if (!row) throw notFound("The lead");
  const partner = requirePartnerAccess(actor, row.eventId, row.partnerId);
  const standing = currentDecision(row.attendeeId, row.partnerId);
  if (row.action !== "grant" || standing?.consentId !== row.consentId) {
    if (own) throw notFound("The lead"); // a phone or the partner's team: no longer theirs
    throw new AppError(
      "gone",
      `${row.firstName} does not share their contact details with ${partner.name} (any more), so nothing can be recorded about them.`,
    );
  }
  const { action: _action, ...lead } = row;
  return lead;
}
