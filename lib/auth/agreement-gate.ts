// The gate before any partner data (issue 14, decision 036): a partner's team reaches its leads,
// exports, tokens and webhooks only once one of its admins accepted the event's current
// data-use agreement. requirePartnerAccess calls it for every partner actor, so no function that
// returns partner data can forget it. Booth phones are not gated: the organizer pairs them.
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { agreementAcceptances, eventAgreements } from "@/db/schema";
import { AppError } from "../errors";
import type { PartnerActor } from "./actor";

export type AgreementStanding =
  | { state: "none" } // the organizer has published no agreement yet
  | { state: "pending"; version: number }
  | { state: "accepted"; version: number; acceptedAt: Date; acceptedBy: string; language: string; sha256: string };

/** Where the partner stands with the event's current agreement version. Callers scoped the partner. */
export function agreementStanding(eventId: number, partnerId: number): AgreementStanding {
  const db = getDb();
  const current = db
    .select({ version: eventAgreements.version })
    .from(eventAgreements)
    .where(eq(eventAgreements.eventId, eventId))
    .orderBy(desc(eventAgreements.version))
    .get();
  if (!current) return { state: "none" };
  const accepted = db
    .select({ acceptedAt: agreementAcceptances.acceptedAt, acceptedBy: agreementAcceptances.userEmail, language: eventAgreements.language, sha256: eventAgreements.sha256 })
    .from(agreementAcceptances)
    .innerJoin(eventAgreements, eq(eventAgreements.id, agreementAcceptances.agreementId))
    .where(and(eq(agreementAcceptances.partnerId, partnerId), eq(eventAgreements.eventId, eventId), eq(eventAgreements.version, current.version)))
    .get();
  return accepted ? { state: "accepted", version: current.version, ...accepted } : { state: "pending", version: current.version };
}

export function requireAgreementAccepted(actor: PartnerActor): void {
  requirePartnerAgreement(actor.eventId, actor.partnerId);
}

/** The gate by ids, for callers that are the partner without a session (the pull API's token). */
export function requirePartnerAgreement(eventId: number, partnerId: number): void {
  const standing = agreementStanding(eventId, partnerId);
  if (standing.state === "accepted") return;
  throw new AppError(
    "forbidden",
    standing.state === "none"
      ? "The organizer has not published the event's data-use agreement yet. Leads are available once it is published and one of your admins accepts it."
      : `Version ${standing.version} of the event's data-use agreement must be accepted first: no leads are available until one of your admins accepts version ${standing.version} in the partner workspace.`,
  );
}
