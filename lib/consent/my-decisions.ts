// What the attendee's own page lists: every partner they met, their standing decision and its
// history, and the notice they would accept by sharing again.
import { getDb } from "@/db/client";
import type { Partner } from "@/db/schema";
import type { AttendeeActor } from "../auth/actor";
import { latestFirst } from "./ledger-order";
import { latestNotices, noticesFor, type RenderedNotice } from "./notice";

export type MyDecision = { consentId: number; action: "grant" | "decline" | "withdraw"; at: Date; method: string };

export type PartnerMet = {
  partner: Pick<Partner, "id" | "name" | "booth" | "privacyUrl" | "purpose">;
  firstVisit: Date;
  /** Newest first: the first is the standing decision. */
  decisions: MyDecision[];
  notices: RenderedNotice[];
};

export function listMyPartners(actor: AttendeeActor): PartnerMet[] {
  const db = getDb();
  const met = db.$client
    .prepare(
      `select p.id, p.name, p.booth, p.privacy_url as privacyUrl, p.purpose, min(s.scanned_at) as firstVisit
       from scans s join partners p on p.id = s.partner_id
       where s.event_id = ? and s.attendee_id = ? group by p.id order by firstVisit desc`,
    )
    .all(actor.eventId, actor.attendeeId) as (PartnerMet["partner"] & { firstVisit: number })[];
  const history = db.$client.prepare(
    `select ce.id as consentId, ce.action, ce.occurred_at as at, ce.method from consent_events ce
     where ce.attendee_id = ? and ce.partner_id = ? order by ${latestFirst("ce")}`,
  );
  const latest = latestNotices(actor.eventId); // read once, rendered per partner
  return met.map(({ firstVisit, ...partner }) => {
    const decisions = (history.all(actor.attendeeId, partner.id) as (Omit<MyDecision, "at"> & { at: number })[]).map((d) => ({
      ...d,
      at: new Date(d.at),
    }));
    return { partner, firstVisit: new Date(firstVisit), decisions, notices: noticesFor(actor.eventId, partner, latest) };
  });
}
