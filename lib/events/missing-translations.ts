// What an attendee would read in English on a German screen: the organizer-written texts with
// no German version (a partner's purpose, a drawing's name or prize) and a notice language
// with no notice at all. The event page lists them (issue 12 §3: flagged, never silent).
import { and, eq, isNull, or, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { drawings, partners } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { requireOrganizerOf } from "../auth/access";
import { latestNotices } from "../consent/notice";
import { LANGUAGES, LANGUAGE_NAMES } from "../i18n/language";

export type MissingTranslation = { what: string; href: string };

const blank = (column: typeof partners.purposeDe | typeof drawings.nameDe | typeof drawings.prizeDe) =>
  or(isNull(column), eq(sql`trim(${column})`, ""));

export function missingTranslations(actor: Actor, eventId: number): MissingTranslation[] {
  requireOrganizerOf(actor, eventId);
  const db = getDb();
  const purposes = db
    .select({ id: partners.id, name: partners.name })
    .from(partners)
    .where(and(eq(partners.eventId, eventId), blank(partners.purposeDe)))
    .all()
    .map((p) => ({ what: `German purpose of ${p.name}`, href: `/events/${eventId}/partners/${p.id}` }));
  const drawn = db
    .select({ id: drawings.id, name: drawings.name, nameDe: drawings.nameDe, prizeDe: drawings.prizeDe })
    .from(drawings)
    .where(and(eq(drawings.eventId, eventId), or(blank(drawings.nameDe), blank(drawings.prizeDe))))
    .all()
    .map((d) => ({
      what: `German ${[!d.nameDe?.trim() && "name", !d.prizeDe?.trim() && "prize"].filter(Boolean).join(" and ")} of the drawing ${d.name}`,
      href: `/events/${eventId}/drawings`,
    }));
  const noticed = new Set(latestNotices(eventId).map((n) => n.language));
  const notices = LANGUAGES.filter((l) => !noticed.has(l)).map((l) => ({
    what: `Consent notice in ${LANGUAGE_NAMES[l]}`,
    href: `/events/${eventId}/notice`,
  }));
  return [...notices, ...purposes, ...drawn];
}
