// Partners: exhibitors and sponsors. What the attendee is told comes from here.
import { and, asc, eq, ne, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Db } from "@/db/client";
import { partners } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { confinedToPartner, requireEventAccess, requireOrganizerOf, requirePartnerAccess } from "../auth/access";
import { recordAudit } from "../audit/record-audit";
import { AppError, notFound, parseInput } from "../errors";
import { Email, HttpsUrl, ShortText } from "../fields";
import { currentLeadCounts } from "../consent/current-consent";
import { changedWords, lapseOnChange, lapsingCount, type WordKey } from "./lapse-on-change";
import type { PartnerWords } from "./partner-words";

export const NewPartnerInput = z.object({
  name: ShortText("the partner's name"),
  booth: ShortText("the booth", 40),
  // A form's empty field means "no contact email".
  contactEmail: z.union([z.literal("").transform(() => undefined), Email]).optional(),
  privacyUrl: HttpsUrl,
  purpose: ShortText("the purpose of contact", 500),
  // The purpose in German; empty ("" kept, so clearing it saves) means "not translated": the German screens show the English
  // one, marked, and the event page lists it (lib/i18n/translated.ts).
  purposeDe: z
    .string()
    .trim()
    .max(500, "Keep the German purpose under 500 characters.")
    .optional()
    .transform((v) => v ?? ""),
});

export type PartnerSummary = PartnerWords & { id: number; contactEmail: string | null };

const summaryColumns = {
  id: partners.id,
  name: partners.name,
  booth: partners.booth,
  contactEmail: partners.contactEmail,
  privacyUrl: partners.privacyUrl,
  purpose: partners.purpose,
  purposeDe: partners.purposeDe,
};

export function createPartner(actor: Actor, eventId: number, input: z.input<typeof NewPartnerInput>): PartnerSummary {
  requireOrganizerOf(actor, eventId);
  const data = parseInput(NewPartnerInput, input);
  return getDb().transaction((tx) => {
    assertNameFree(tx, eventId, data.name);
    const partner = tx
      .insert(partners)
      .values({ ...data, contactEmail: data.contactEmail ?? null, eventId })
      .returning(summaryColumns)
      .get();
    recordAudit(tx, actor, eventId, "partners.create", `partner ${partner.id} ${partner.name}`);
    return partner;
  });
}

/** The organizer's answer to "this change ends N consents": the N they were shown. */
export const PartnerChangeOptions = z.object({ confirmLapses: z.number().int().min(0).optional() });

export type PartnerUpdate =
  | { partner: PartnerSummary; lapsed: number }
  /** Nothing was changed: the change would end `lapsing` consents; submit again with confirmLapses = lapsing. */
  | { confirm: { lapsing: number; changed: WordKey[] } };

/**
 * Edits what the attendee is told. Decisions already taken keep the text they were shown; a
 * change of the words (name, purpose, privacy link) ends the consents standing on the old ones,
 * so it applies only once the organizer confirmed how many (docs/decisions/023). If that count
 * changed meanwhile, the organizer is asked again.
 */
export function updatePartner(
  actor: Actor,
  eventId: number,
  partnerId: number,
  input: z.input<typeof NewPartnerInput>,
  options: z.input<typeof PartnerChangeOptions> = {},
  now = new Date(),
): PartnerUpdate {
  requireOrganizerOf(actor, eventId);
  requirePartnerAccess(actor, eventId, partnerId);
  const data = parseInput(NewPartnerInput, input);
  const { confirmLapses } = parseInput(PartnerChangeOptions, options);
  return getDb().transaction((tx) => {
    // Read again inside the write lock: the count shown must be the count that lapses.
    const before = tx.select(summaryColumns).from(partners).where(and(eq(partners.id, partnerId), eq(partners.eventId, eventId))).get();
    if (!before) throw notFound("The partner");
    assertNameFree(tx, eventId, data.name, partnerId);
    const words = changedWords(before, data);
    const lapsing = lapsingCount(partnerId, words);
    if (lapsing > 0 && confirmLapses !== lapsing) return { confirm: { lapsing, changed: words } };
    const partner = tx
      .update(partners)
      .set({ ...data, contactEmail: data.contactEmail ?? null })
      .where(and(eq(partners.id, partnerId), eq(partners.eventId, eventId)))
      .returning(summaryColumns)
      .get();
    const lapsed = lapsing > 0 ? lapseOnChange(tx, actor, { eventId, partnerId, before, after: partner, lapsing }, now) : 0;
    const changed = (Object.keys(data) as (keyof typeof data)[]).filter((k) => (before[k] ?? null) !== (partner[k] ?? null));
    recordAudit(tx, actor, eventId, "partners.update", `partner ${partner.id} ${partner.name}`, { changed });
    return { partner, lapsed };
  });
}

function assertNameFree(tx: Pick<Db, "select">, eventId: number, name: string, except?: number): void {
  const taken = tx
    .select({ id: partners.id })
    .from(partners)
    .where(and(eq(partners.eventId, eventId), sql`lower(${partners.name}) = lower(${name})`, except ? ne(partners.id, except) : undefined))
    .get();
  if (taken) throw new AppError("conflict", `A partner named "${name}" already exists in this event.`);
}

export type PartnerWithLeads = PartnerSummary & { leads: number };

export function listPartners(actor: Actor, eventId: number): PartnerWithLeads[] {
  requireEventAccess(actor, eventId);
  const db = getDb();
  const own = confinedToPartner(actor);
  const where = own ? and(eq(partners.eventId, eventId), eq(partners.id, own.partnerId)) : eq(partners.eventId, eventId);
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
