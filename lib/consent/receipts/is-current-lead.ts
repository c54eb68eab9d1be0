// Is the attendee a lead of the partner right now? Exactly when the pair's current decision
// (lib/consent/current-consent.ts: latest by time of decision, a withdrawal winning a tie) is a grant.
import { currentDecision } from "../current-consent";

export function isCurrentLead(attendeeId: number, partnerId: number): boolean {
  return currentDecision(attendeeId, partnerId)?.action === "grant";
}

/** Is this consent event the grant that makes the attendee a lead of the partner right now? */
export function isStandingGrant(consentId: number, attendeeId: number, partnerId: number): boolean {
  const standing = currentDecision(attendeeId, partnerId);
  return standing?.action === "grant" && standing.consentId === consentId;
}
