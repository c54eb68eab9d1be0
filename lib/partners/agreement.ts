// The event's data-use agreement (issue 14, decision 036): the organizer publishes versions
// (English, and German if written), never edited; each text has its sha256. A partner admin
// accepts the current version for their partner, in the language they read; the acceptance
// names the text's version and hash. A new version must be accepted again before the partner's
// team reaches any data (lib/auth/agreement-gate.ts).
import { asc, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { agreementAcceptances, eventAgreements, partners } from "@/db/schema";
import { recordAudit } from "../audit/record-audit";
import type { Actor, PartnerActor } from "../auth/actor";
import { requireOrganizerOf } from "../auth/access";
import { agreementStanding, type AgreementStanding } from "../auth/agreement-gate";
import { sha256Hex } from "../crypto";
import { AppError, parseInput } from "../errors";
import { plainText } from "../fields";
import { LANGUAGES, isLanguage, type Language } from "../i18n/language";

export type AgreementText = { id: number; version: number; language: Language; text: string; sha256: string; createdAt: Date };

const agreementText = (label: string) =>
  z
    .string()
    .transform((t) => t.replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().max(20_000, `${label} is longer than 20,000 characters.`).superRefine(plainText(label, { lines: true })));

export const AgreementInput = z.object({
  en: agreementText("The English agreement").pipe(z.string().min(50, "Write the agreement in English (at least 50 characters).")),
  // Optional: partners reading German see the English text, marked, until it is written.
  de: agreementText("The German agreement")
    .optional()
    .refine((t: string | undefined) => !t || t.length >= 50, "Write the German agreement in full (at least 50 characters), or leave it empty."),
});

/** The current version's texts, one per language (none: nothing published yet). */
export function currentAgreement(eventId: number): AgreementText[] {
  const rows = getDb()
    .select({ id: eventAgreements.id, version: eventAgreements.version, language: eventAgreements.language, text: eventAgreements.text, sha256: eventAgreements.sha256, createdAt: eventAgreements.createdAt })
    .from(eventAgreements)
    .where(eq(eventAgreements.eventId, eventId))
    .orderBy(desc(eventAgreements.version))
    .all();
  const version = rows[0]?.version;
  return LANGUAGES.flatMap((language) => rows.filter((r) => r.version === version && r.language === language).map((r) => ({ ...r, language })));
}

/** Publishes a new version; the same texts as the current version publish nothing. */
export function publishAgreement(actor: Actor, eventId: number, input: z.input<typeof AgreementInput>): { version: number; created: boolean } {
  const organizer = requireOrganizerOf(actor, eventId);
  const texts = parseInput(AgreementInput, input);
  const wanted = LANGUAGES.flatMap((language) => (texts[language] ? [{ language, text: texts[language] }] : []));
  return getDb().transaction(
    (tx) => {
      const current = currentAgreement(eventId);
      const same = current.length === wanted.length && wanted.every((w) => current.some((c) => c.language === w.language && c.text === w.text));
      if (same) return { version: current[0]!.version, created: false };
      const version = (current[0]?.version ?? 0) + 1;
      const rows = wanted.map((w) => ({ eventId, version, ...w, sha256: sha256Hex(w.text), createdBy: organizer?.userId ?? null }));
      tx.insert(eventAgreements).values(rows).run();
      recordAudit(tx, actor, eventId, "agreement.publish", `version ${version}`, { sha256: Object.fromEntries(rows.map((r) => [r.language, r.sha256])) });
      return { version, created: true };
    },
    { behavior: "immediate" },
  );
}

export type PartnerAgreementRow = { partnerId: number; partnerName: string; standing: AgreementStanding };

/** For the organizer: the current texts, and where each partner stands with them. */
export function agreementOverview(actor: Actor, eventId: number): { texts: AgreementText[]; partners: PartnerAgreementRow[] } {
  requireOrganizerOf(actor, eventId);
  const rows = getDb().select({ partnerId: partners.id, partnerName: partners.name }).from(partners).where(eq(partners.eventId, eventId)).orderBy(asc(partners.name)).all();
  return { texts: currentAgreement(eventId), partners: rows.map((p) => ({ ...p, standing: agreementStanding(eventId, p.partnerId) })) };
}

/** For the partner's team (before acceptance too: this is what they are asked to accept). */
export function agreementForPartner(actor: PartnerActor): { texts: AgreementText[]; standing: AgreementStanding } {
  return { texts: currentAgreement(actor.eventId), standing: agreementStanding(actor.eventId, actor.partnerId) };
}

export const AcceptAgreementInput = z.object({
  version: z.coerce.number().int().positive(),
  language: z.string().refine(isLanguage, "Choose the language you read the agreement in."),
});

/** A partner admin accepts the current version for their partner; accepting it again changes nothing. */
export function acceptAgreement(actor: Actor, input: z.input<typeof AcceptAgreementInput>, now = new Date()): void {
  if (actor.kind !== "partner") throw new AppError("forbidden", "Only the partner's admins accept the agreement for it.");
  if (actor.role !== "admin") throw new AppError("forbidden", "Only the partner's admins accept the agreement for it. Ask one of them.");
  const { version, language } = parseInput(AcceptAgreementInput, input);
  getDb().transaction(
    (tx) => {
      const texts = currentAgreement(actor.eventId);
      if (texts.length === 0) throw new AppError("conflict", "The organizer has not published an agreement yet.");
      if (texts[0]!.version !== version) throw new AppError("conflict", `The organizer published version ${texts[0]!.version} since: read it, then accept it.`);
      const text = texts.find((t) => t.language === language) ?? texts[0]!;
      const added = tx
        .insert(agreementAcceptances)
        .values({ partnerId: actor.partnerId, agreementId: text.id, userId: actor.userId, userEmail: actor.email, acceptedAt: now })
        .onConflictDoNothing()
        .run();
      if (added.changes === 0) return;
      recordAudit(tx, actor, actor.eventId, "agreement.accept", `partner ${actor.partnerId} ${actor.partnerName}`, { version, language: text.language, sha256: text.sha256 });
    },
    { behavior: "immediate" },
  );
}
