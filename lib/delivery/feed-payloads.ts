// What each feed event says (decision 039), built when it is sent, from what is stored then:
// - lead.shared carries the contact only while that share still stands. A share withdrawn,
//   lapsed or erased since is sent without it (a late endpoint, a replay or a backfill never
//   hands over the details of someone who took them back); the withdrawal follows in the feed.
// - lead.withdrawn / lead.lapsed / lead.erased carry what a suppression list needs: the email,
//   or its sha256 once the attendee was erased (always, for lead.erased), and the share they end.
// - lead.qualified carries the rating, notes, tags and answers while the share stands.
// Every event names its consent, the receipt's address and the signed checkpoint covering it
// (null until one does).
import { and, asc, desc, eq, gte, lt } from "drizzle-orm";
import { getDb } from "@/db/client";
import { attendees, consentEvents as ce, currentConsent, erasedContacts, leadQualifications as lq, ledgerCheckpoints } from "@/db/schema";
import { sha256Hex } from "../crypto";
import { e164 } from "../exports/phone";
import { questionLabels } from "../leads/read-lead-form";
import type { FeedEntry } from "./partner-feed";

export type FeedPayload = { type: FeedEntry["type"]; timestamp: string; data: Record<string, unknown> };

type Context = { eventId: number; partnerId: number; publicBase: string };

function checkpointFor(eventId: number, consentId: number) {
  const row = getDb()
    .select({ id: ledgerCheckpoints.id, lastConsentId: ledgerCheckpoints.lastConsentId, createdAt: ledgerCheckpoints.createdAt })
    .from(ledgerCheckpoints)
    .where(and(eq(ledgerCheckpoints.eventId, eventId), gte(ledgerCheckpoints.lastConsentId, consentId)))
    .orderBy(asc(ledgerCheckpoints.lastConsentId))
    .get();
  return row ? { id: row.id, last_consent_id: row.lastConsentId, signed_at: row.createdAt.toISOString() } : null;
}

function standing(partnerId: number, attendeeId: number): number | null {
  const row = getDb()
    .select({ consentId: currentConsent.consentId, action: currentConsent.action })
    .from(currentConsent)
    .where(and(eq(currentConsent.partnerId, partnerId), eq(currentConsent.attendeeId, attendeeId)))
    .get();
  return row?.action === "grant" ? row.consentId : null;
}

function person(attendeeId: number) {
  return getDb()
    .select({ firstName: attendees.firstName, lastName: attendees.lastName, email: attendees.email, phone: attendees.phone, company: attendees.company, jobTitle: attendees.jobTitle, country: attendees.country, erasedAt: attendees.erasedAt })
    .from(attendees)
    .where(eq(attendees.id, attendeeId))
    .get();
}

function suppression(ctx: Context, attendeeId: number) {
  const who = person(attendeeId);
  if (who && !who.erasedAt) return { email: who.email };
  const erased = getDb().select({ emailSha256: erasedContacts.emailSha256 }).from(erasedContacts).where(and(eq(erasedContacts.partnerId, ctx.partnerId), eq(erasedContacts.attendeeId, attendeeId))).get();
  return { email_sha256: erased?.emailSha256 ?? (who ? sha256Hex(who.email) : null) };
}

function endedShare(partnerId: number, attendeeId: number, before: number): number | null {
  const row = getDb()
    .select({ id: ce.id })
    .from(ce)
    .where(and(eq(ce.partnerId, partnerId), eq(ce.attendeeId, attendeeId), eq(ce.action, "grant"), lt(ce.id, before)))
    .orderBy(desc(ce.id))
    .get();
  return row?.id ?? null;
}

export function buildPayload(ctx: Context, entry: FeedEntry): FeedPayload {
  const { item } = entry;
  const consentId = item.source === "ledger" ? item.id : item.consentId;
  const common = {
    consent_id: consentId,
    event_id: ctx.eventId,
    partner_id: ctx.partnerId,
    receipt_url: `${ctx.publicBase}/partners/${ctx.partnerId}/receipts/${consentId}`,
    checkpoint: checkpointFor(ctx.eventId, consentId),
  };
  const payload = (data: Record<string, unknown>): FeedPayload => ({ type: entry.type, timestamp: item.at.toISOString(), data: { ...common, ...data } });
  const stands = standing(ctx.partnerId, item.attendeeId) === consentId;
  if (item.source === "qualification") {
    if (!stands) return payload({ revision: item.revision, standing: false });
    const saved = getDb().select({ rating: lq.rating, notes: lq.notes, tags: lq.tags, answers: lq.answers }).from(lq).where(eq(lq.id, item.id)).get()!;
    const labels = questionLabels(ctx.partnerId);
    const answers = Object.entries(saved.answers).filter(([, a]) => a).map(([id, answer]) => ({ question: labels[id] ?? "A removed question", answer }));
    return payload({ revision: item.revision, standing: true, saved_at: item.at.toISOString(), rating: saved.rating, notes: saved.notes, tags: saved.tags, answers });
  }
  if (item.action === "grant") {
    const who = stands ? person(item.attendeeId) : undefined;
    const contact =
      who && !who.erasedAt
        ? { first_name: who.firstName, last_name: who.lastName, email: who.email, phone: e164(who.phone) ?? who.phone, company: who.company, job_title: who.jobTitle, country: who.country }
        : null;
    return payload({ shared_at: item.at.toISOString(), standing: stands, notice: { id: item.noticeId, language: item.language, sha256: item.textSha256 }, contact });
  }
  return payload({ ended_at: item.at.toISOString(), ends_consent_id: endedShare(ctx.partnerId, item.attendeeId, item.id), suppress: suppression(ctx, item.attendeeId) });
}
