// The event's consent notices: one template per language, versioned. A change is a new
// version with its own sha256; versions are never edited.
import { and, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { prepared } from "@/db/prepared";
import { consentNotices } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { requireOrganizerOf } from "../auth/access";
import { sha256Hex } from "../crypto";
import { AppError, parseInput } from "../errors";
import { plainText } from "../fields";
import type { PartnerWords } from "../partners/partner-words";
import { DEFAULT_NOTICES, LANGUAGES, isLanguage, renderNoticeText, templateProblems, type Language } from "./notice-text";

export type RenderedNotice = { noticeId: number; version: number; language: Language; text: string; sha256: string };

type NoticeRow = { id: number; version: number; language: string; template: string; sha256: string; createdAt: Date };

const versions = prepared((db) =>
  db
    .select({ id: consentNotices.id, version: consentNotices.version, language: consentNotices.language, template: consentNotices.template, sha256: consentNotices.sha256, createdAt: consentNotices.createdAt })
    .from(consentNotices)
    .where(eq(consentNotices.eventId, sql.placeholder("eventId")))
    .orderBy(desc(consentNotices.version))
    .prepare(),
);

/** The latest version in each language, in the order of LANGUAGES (an event has a few versions). */
export function latestNotices(eventId: number): NoticeRow[] {
  const rows = versions(getDb()).all({ eventId });
  return LANGUAGES.flatMap((l) => rows.find((r) => r.language === l) ?? []);
}

// The same template and words always give the same text: keep the last few hundred, so every
// scan (online, or a phone's offline queue synced in a burst) costs no rendering and no hash.
const rendered = new Map<string, { text: string; sha256: string }>();

/** A notice version as it reads for the partner, with the sha256 of that exact text. */
export function renderNotice(row: Pick<NoticeRow, "id" | "version" | "language" | "template">, partner: PartnerWords): RenderedNotice {
  const language = row.language as Language;
  const key = JSON.stringify([row.template, partner.name, partner.booth, partner.purpose, partner.purposeDe, partner.privacyUrl, partner.promises?.[language], language]);
  let hit = rendered.get(key);
  if (!hit) {
    const text = renderNoticeText(row.template, partner, language);
    hit = { text, sha256: sha256Hex(text) };
    if (rendered.size >= 256) rendered.clear();
    rendered.set(key, hit);
  }
  return { noticeId: row.id, version: row.version, language, ...hit };
}

/** The notices an attendee may read for this partner, one per language. Callers scoped the partner. */
export function noticesFor(eventId: number, partner: PartnerWords, latest = latestNotices(eventId)): RenderedNotice[] {
  const notices = latest.map((row) => renderNotice(row, partner));
  if (notices.length === 0) {
    throw new AppError("conflict", "This event has no consent notice yet. The organizer must write one before scanning starts.");
  }
  return notices;
}

/** The current notice in one language, rendered for the partner. */
export function currentNoticeFor(eventId: number, partner: PartnerWords, language: string): RenderedNotice {
  const notice = noticesFor(eventId, partner).find((n) => n.language === language);
  if (!notice) throw new AppError("invalid", `The notice is not available in "${language}".`);
  return notice;
}

export const NoticeInput = z.object({
  language: z.string().refine(isLanguage, { message: `Choose one of: ${LANGUAGES.join(", ")}.` }),
  template: z
    .string()
    .trim()
    .min(20, "Write the notice (at least 20 characters).")
    .max(5000)
    .superRefine(plainText("The notice", { lines: true }))
    .superRefine((t, ctx) => templateProblems(t).forEach((message) => ctx.addIssue({ code: "custom", message }))),
});

/** Adds a new version of the event's notice in a language; an unchanged template adds nothing. */
export function addNoticeVersion(actor: Actor, eventId: number, input: z.input<typeof NoticeInput>): { id: number; version: number; created: boolean } {
  const organizer = requireOrganizerOf(actor, eventId);
  const { language, template } = parseInput(NoticeInput, input);
  const db = getDb();
  return db.transaction(
    (tx) => {
      const latest = tx
        .select({ id: consentNotices.id, version: consentNotices.version, template: consentNotices.template })
        .from(consentNotices)
        .where(and(eq(consentNotices.eventId, eventId), eq(consentNotices.language, language)))
        .orderBy(desc(consentNotices.version))
        .get();
      if (latest && latest.template === template) return { id: latest.id, version: latest.version, created: false };
      const row = tx
        .insert(consentNotices)
        .values({ eventId, language, template, version: (latest?.version ?? 0) + 1, sha256: sha256Hex(template), createdBy: organizer?.userId ?? null })
        .returning({ id: consentNotices.id, version: consentNotices.version })
        .get();
      recordAudit(tx, actor, eventId, "notices.version", `${language} version ${row.version}`, { sha256: sha256Hex(template) });
      return { ...row, created: true };
    },
    { behavior: "immediate" },
  );
}

export type NoticeVersion = { id: number; version: number; language: string; sha256: string; createdAt: Date };

export function listNoticeVersions(actor: Actor, eventId: number): NoticeVersion[] {
  requireOrganizerOf(actor, eventId);
  return getDb()
    .select({ id: consentNotices.id, version: consentNotices.version, language: consentNotices.language, sha256: consentNotices.sha256, createdAt: consentNotices.createdAt })
    .from(consentNotices)
    .where(eq(consentNotices.eventId, eventId))
    .orderBy(consentNotices.language, desc(consentNotices.version))
    .all();
}

/** The current templates per language, for the editor. */
export function currentTemplates(actor: Actor, eventId: number): Partial<Record<Language, { version: number; template: string }>> {
  requireOrganizerOf(actor, eventId);
  return Object.fromEntries(latestNotices(eventId).map((r) => [r.language, { version: r.version, template: r.template }]));
}

/** A new event starts with Fairlead's default notice in every language. */
export function addDefaultNotices(actor: Actor, eventId: number): void {
  for (const language of LANGUAGES) addNoticeVersion(actor, eventId, { language, template: DEFAULT_NOTICES[language] });
}
