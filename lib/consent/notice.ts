// The consent notice: a per-event template, rendered for one partner into the exact text
// the attendee reads. That text's sha256 is what a decision records.
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { consentNotices, type Partner } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { requireOrganizerOf } from "../auth/access";
import { sha256Hex } from "../crypto";
import { AppError } from "../errors";

/** What a lead carries to its partner, as the attendee is told. */
export const SHARED_FIELDS = ["name", "email address", "phone number", "company", "job title", "country"] as const;

export const PLACEHOLDERS = ["partner", "booth", "fields", "purpose", "privacy_url", "withdraw"] as const;

export const DEFAULT_NOTICE_EN = [
  "{partner} (booth {booth}) asks for your contact details: {fields}.",
  "They will use them for this purpose: {purpose}",
  "How {partner} handles your data: {privacy_url}",
  "You can withdraw at any time: {withdraw}",
].join("\n\n");

export const WITHDRAW_HOW_EN =
  "scan the code on the back of your badge to open your own page and tap Withdraw, or ask at the registration desk. " +
  "The partner stops seeing your details at once.";

export type RenderedNotice = {
  noticeId: number;
  version: number;
  language: string;
  text: string;
  sha256: string;
};

export function renderNoticeText(template: string, partner: Pick<Partner, "name" | "booth" | "purpose" | "privacyUrl">): string {
  const values: Record<(typeof PLACEHOLDERS)[number], string> = {
    partner: partner.name,
    booth: partner.booth,
    fields: SHARED_FIELDS.join(", "),
    purpose: partner.purpose,
    privacy_url: partner.privacyUrl,
    withdraw: WITHDRAW_HOW_EN,
  };
  return template
    .replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? values[key as keyof typeof values] : whole))
    .replace(/\r\n?/g, "\n")
    .trim();
}

/**
 * The event's current notice in a language, rendered for the partner. Callers have already
 * scoped the partner to the actor.
 */
export function currentNoticeFor(eventId: number, partner: Partner, language = "en"): RenderedNotice {
  const notice = getDb()
    .select()
    .from(consentNotices)
    .where(and(eq(consentNotices.eventId, eventId), eq(consentNotices.language, language)))
    .orderBy(desc(consentNotices.version))
    .get();
  if (!notice) {
    throw new AppError("conflict", "This event has no consent notice yet. The organizer must write one before scanning starts.");
  }
  const text = renderNoticeText(notice.template, partner);
  return { noticeId: notice.id, version: notice.version, language: notice.language, text, sha256: sha256Hex(text) };
}

/** Adds a new version of the event's notice (versions are never edited). */
export function addNoticeVersion(actor: Actor, eventId: number, template: string, language = "en") {
  const organizer = requireOrganizerOf(actor, eventId);
  const createdBy = organizer?.userId ?? null;
  const db = getDb();
  return db.transaction((tx) => {
    const latest = tx
      .select({ version: consentNotices.version })
      .from(consentNotices)
      .where(and(eq(consentNotices.eventId, eventId), eq(consentNotices.language, language)))
      .orderBy(desc(consentNotices.version))
      .get();
    return tx
      .insert(consentNotices)
      .values({ eventId, language, template, version: (latest?.version ?? 0) + 1, sha256: sha256Hex(template), createdBy })
      .returning({ id: consentNotices.id, version: consentNotices.version })
      .get();
  });
}
