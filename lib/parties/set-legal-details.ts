// Reads and saves the legal details of the organizer (per event) and of a partner. Organizers
// only; each save and its audit row in one transaction.
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { getDb } from "@/db/client";
import { events, partners } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { requireEventAccess, requireOrganizerOf, requirePartnerAccess } from "../auth/access";
import { recordAudit } from "../audit/record-audit";
import { notFound, parseInput } from "../errors";
import {
  EVENT_LEGAL_KEYS,
  EventLegalInput,
  PARTNER_LEGAL_KEYS,
  PartnerLegalInput,
  type EventLegal,
  type PartnerLegal,
} from "./legal-details";

const pick = <K extends string>(keys: K[], table: Record<K, unknown>) => Object.fromEntries(keys.map((k) => [k, table[k]]));
/** The columns of the organizer's legal details (events) and a partner's (partners), for a select. */
export const eventLegalColumns = pick(EVENT_LEGAL_KEYS, events) as { [K in keyof EventLegal]: (typeof events)[K] };
export const partnerLegalColumns = pick(PARTNER_LEGAL_KEYS, partners) as { [K in keyof PartnerLegal]: (typeof partners)[K] };
const eventColumns = eventLegalColumns;
const partnerColumns = partnerLegalColumns;

const changedKeys = <T extends Record<string, unknown>>(before: T, after: T) => Object.keys(after).filter((k) => before[k] !== after[k]);

export function readEventLegal(actor: Actor, eventId: number): EventLegal {
  requireEventAccess(actor, eventId);
  const row = getDb().select(eventColumns).from(events).where(eq(events.id, eventId)).get();
  if (!row) throw notFound("The event");
  return row;
}

export function setEventLegal(actor: Actor, eventId: number, input: z.input<typeof EventLegalInput>): EventLegal {
  requireOrganizerOf(actor, eventId);
  const data = parseInput(EventLegalInput, input);
  return getDb().transaction((tx) => {
    const before = tx.select(eventColumns).from(events).where(eq(events.id, eventId)).get();
    if (!before) throw notFound("The event");
    const saved = tx.update(events).set(data).where(eq(events.id, eventId)).returning(eventColumns).get();
    recordAudit(tx, actor, eventId, "events.legal", `event ${eventId}`, { changed: changedKeys(before, saved) });
    return saved;
  });
}

export function readPartnerLegal(actor: Actor, eventId: number, partnerId: number): PartnerLegal {
  requirePartnerAccess(actor, eventId, partnerId);
  const row = getDb()
    .select(partnerColumns)
    .from(partners)
    .where(and(eq(partners.id, partnerId), eq(partners.eventId, eventId)))
    .get();
  if (!row) throw notFound("The partner");
  return row;
}

export function setPartnerLegal(actor: Actor, eventId: number, partnerId: number, input: z.input<typeof PartnerLegalInput>): PartnerLegal {
  requireOrganizerOf(actor, eventId);
  requirePartnerAccess(actor, eventId, partnerId);
  const data = parseInput(PartnerLegalInput, input);
  const where = and(eq(partners.id, partnerId), eq(partners.eventId, eventId));
  return getDb().transaction((tx) => {
    const before = tx.select(partnerColumns).from(partners).where(where).get();
    if (!before) throw notFound("The partner");
    const saved = tx
      .update(partners)
      .set(data)
      .where(where)
      .returning(partnerColumns)
      .get();
    recordAudit(tx, actor, eventId, "partners.legal", `partner ${partnerId}`, { changed: changedKeys(before, saved) });
    return saved;
  });
}
