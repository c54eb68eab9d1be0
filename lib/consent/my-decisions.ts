// What the attendee's own page lists: every partner they met, their standing decision and its
// history, and the notice they would accept by sharing again.
import { and, desc, eq, min, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "@/db/client";
import { consentEvents, partners, scans, type ConsentAction, type ConsentMethod, type Partner } from "@/db/schema";
import type { AttendeeActor } from "../auth/actor";
import { followUpPromises } from "../partners/follow-up";
import { latestNotices, noticesFor, type RenderedNotice } from "./notice";

/** `at`: when the server received the decision (the ledger's order). */
/** A "lapse" ended a share when the partner changed its words (method "partner_change"). */
export type MyDecision = { consentId: number; action: ConsentAction; at: Date; method: ConsentMethod };

export type PartnerMet = {
  partner: Pick<Partner, "id" | "name" | "booth" | "privacyUrl" | "purpose">;
  firstVisit: Date;
  /** Newest first: the first is the standing decision. */
  decisions: MyDecision[];
  notices: RenderedNotice[];
};

const ce = alias(consentEvents, "ce");

export function listMyPartners(actor: AttendeeActor): PartnerMet[] {
  const db = getDb();
  const firstVisit = min(scans.scannedAt);
  const met = db
    .select({ id: partners.id, name: partners.name, booth: partners.booth, privacyUrl: partners.privacyUrl, purpose: partners.purpose, purposeDe: partners.purposeDe, firstVisit })
    .from(scans)
    .innerJoin(partners, eq(partners.id, scans.partnerId))
    .where(and(eq(scans.eventId, actor.eventId), eq(scans.attendeeId, actor.attendeeId)))
    .groupBy(partners.id)
    .orderBy(desc(firstVisit))
    .all();
  const history = db
    .select({ consentId: ce.id, action: ce.action, at: ce.recordedAt, method: ce.method })
    .from(ce)
    .where(and(eq(ce.attendeeId, sql.placeholder("attendeeId")), eq(ce.partnerId, sql.placeholder("partnerId"))))
    .orderBy(desc(ce.id))
    .prepare();
  const latest = latestNotices(actor.eventId); // read once, rendered per partner
  return met.map(({ firstVisit, ...partner }) => ({
    partner,
    // A group of scans always has a first one.
    firstVisit: firstVisit!,
    decisions: history.all({ attendeeId: actor.attendeeId, partnerId: partner.id }),
    // With the promises its follow-up states (partner-words.ts): the notice a share here records.
    notices: noticesFor(actor.eventId, { ...partner, promises: followUpPromises(db, partner.id) }, latest),
  }));
}
