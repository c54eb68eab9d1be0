// The partner workspace's lead list (issue 14 §1): the partner's current leads with what the
// booth recorded (rating, notes, tags, answers) and the phone that took the share, searched and
// filtered. A partner has hundreds to a few thousand leads: one query reads them all, and the
// filters run over that list, so every filter combines with every other without its own SQL.
import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { attendees, currentConsent as cc, devices, leadQualificationCurrent as q, leadQualifications, RATINGS, type Rating } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { requirePartnerAccess } from "../auth/access";
import { SINCE } from "./lead-filter-options";

export { SINCE };

export const LeadFilter = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  rating: z.enum([...RATINGS, "unrated"]).optional().catch(undefined),
  tag: z.string().trim().max(40).optional().catch(undefined),
  device: z.coerce.number().int().positive().optional().catch(undefined),
  since: z.enum(Object.keys(SINCE) as [keyof typeof SINCE]).optional().catch(undefined),
});
export type LeadFilter = z.output<typeof LeadFilter>;

export type WorkspaceLead = {
  consentId: number;
  consentAt: Date;
  attendeeId: number;
  firstName: string;
  lastName: string;
  email: string;
  company: string | null;
  jobTitle: string | null;
  rating: Rating | null;
  notes: string;
  tags: string[];
  answers: Record<string, string>;
  deviceId: number | null;
  deviceName: string | null;
};

export type WorkspaceLeads = { leads: WorkspaceLead[]; total: number; tags: string[]; devices: { id: number; name: string }[] };

/** Filters read from a page's query: anything malformed is dropped, never an error page. */
export function readLeadFilter(query: Record<string, string | string[] | undefined>): LeadFilter {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  return LeadFilter.parse({ q: one(query.q), rating: one(query.rating), tag: one(query.tag), device: one(query.device), since: one(query.since) });
}

export function matches(lead: WorkspaceLead, filter: LeadFilter, now: Date): boolean {
  if (filter.rating && (filter.rating === "unrated" ? lead.rating !== null : lead.rating !== filter.rating)) return false;
  if (filter.tag && !lead.tags.includes(filter.tag)) return false;
  if (filter.device && lead.deviceId !== filter.device) return false;
  if (filter.since && now.getTime() - lead.consentAt.getTime() > SINCE[filter.since]) return false;
  if (filter.q) {
    const needle = filter.q.toLocaleLowerCase();
    const hay = [lead.firstName, lead.lastName, `${lead.firstName} ${lead.lastName}`, lead.email, lead.company, lead.jobTitle, lead.notes, ...lead.tags];
    if (!hay.some((h) => h?.toLocaleLowerCase().includes(needle))) return false;
  }
  return true;
}

/** The partner's current leads, newest share first, and the filters' choices. */
export function workspaceLeads(actor: Actor, eventId: number, partnerId: number, filter: LeadFilter = {}, now = new Date()): WorkspaceLeads {
  requirePartnerAccess(actor, eventId, partnerId);
  const db = getDb();
  const rows = db
    .select({
      consentId: cc.consentId,
      consentAt: cc.recordedAt,
      attendeeId: attendees.id,
      firstName: attendees.firstName,
      lastName: attendees.lastName,
      email: attendees.email,
      company: attendees.company,
      jobTitle: attendees.jobTitle,
      rating: q.rating,
      notes: q.notes,
      tags: leadQualifications.tags,
      answers: leadQualifications.answers,
      deviceId: cc.deviceId,
      deviceName: devices.name,
    })
    .from(cc)
    .innerJoin(attendees, eq(attendees.id, cc.attendeeId))
    .leftJoin(q, eq(q.consentId, cc.consentId))
    .leftJoin(leadQualifications, eq(leadQualifications.id, q.qualificationId))
    .leftJoin(devices, eq(devices.id, cc.deviceId))
    .where(and(eq(cc.partnerId, partnerId), eq(cc.action, "grant")))
    .orderBy(desc(cc.consentId))
    .all();
  const all: WorkspaceLead[] = rows.map((r) => ({ ...r, notes: r.notes ?? "", tags: r.tags ?? [], answers: r.answers ?? {} }));
  const tags = [...new Set(all.flatMap((l) => l.tags))].sort((a, b) => a.localeCompare(b));
  const deviceList = db.select({ id: devices.id, name: devices.name }).from(devices).where(eq(devices.partnerId, partnerId)).orderBy(devices.name).all();
  return { leads: all.filter((l) => matches(l, filter, now)), total: all.length, tags, devices: deviceList };
}
