// Partners: exhibitors and sponsors. What the attendee is told comes from here.
import { and, asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { partners } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { requireEventAccess, requireOrganizerOf } from "../auth/access";
import { AppError, parseInput } from "../errors";
import { Email, HttpsUrl, ShortText } from "../fields";
import { currentLeadCounts } from "../consent/current-consent";

export const NewPartnerInput = z.object({
  name: ShortText("the partner's name"),
  booth: ShortText("the booth", 40),
  contactEmail: Email.optional(),
  privacyUrl: HttpsUrl,
  purpose: ShortText("the purpose of contact", 500),
});

export type PartnerSummary = {
  id: number;
  name: string;
  booth: string;
  contactEmail: string | null;
  privacyUrl: string;
  purpose: string;
};

const summaryColumns = {
  id: partners.id,
  name: partners.name,
  booth: partners.booth,
  contactEmail: partners.contactEmail,
  privacyUrl: partners.privacyUrl,
  purpose: partners.purpose,
};

export function createPartner(actor: Actor, eventId: number, input: z.input<typeof NewPartnerInput>): PartnerSummary {
  requireOrganizerOf(actor, eventId);
  const data = parseInput(NewPartnerInput, input);
  const db = getDb();
  const taken = db
    .select({ id: partners.id })
    .from(partners)
    .where(and(eq(partners.eventId, eventId), sql`lower(${partners.name}) = lower(${data.name})`))
    .get();
  if (taken) throw new AppError("conflict", `A partner named "${data.name}" already exists in this event.`);
  return db
    .insert(partners)
    .values({ ...data, contactEmail: data.contactEmail ?? null, eventId })
    .returning(summaryColumns)
    .get();
}

export type PartnerWithLeads = PartnerSummary & { leads: number };

export function listPartners(actor: Actor, eventId: number): PartnerWithLeads[] {
  requireEventAccess(actor, eventId);
  const db = getDb();
  const where =
    actor.kind === "device"
      ? and(eq(partners.eventId, eventId), eq(partners.id, actor.partnerId))
      : eq(partners.eventId, eventId);
  const rows = db.select(summaryColumns).from(partners).where(where).orderBy(asc(partners.name)).all();
  const counts = currentLeadCounts(actor, eventId);
  return rows.map((p) => ({ ...p, leads: counts.get(p.id) ?? 0 }));
}

/** The CLI names partners by name (case-insensitive) or id. */
export function findPartner(actor: Actor, eventId: number, nameOrId: string): PartnerSummary {
  requireEventAccess(actor, eventId);
  const byId = /^\d+$/.test(nameOrId) ? eq(partners.id, Number(nameOrId)) : sql`lower(${partners.name}) = lower(${nameOrId.trim()})`;
  const row = getDb().select(summaryColumns).from(partners).where(and(eq(partners.eventId, eventId), byId)).get();
  if (!row) throw new AppError("not_found", `No partner "${nameOrId}" in this event.`);
  return row;
}
