// A partner's follow-up (issue 16 §1, docs/decisions/045): per language, the promise the consent
// screen states after the notice, and the message with links the share confirmation carries to
// the attendee at once, with the partner as reply-to. The partner's admins (and the organizer)
// edit it; the booth reads the promises with the partner's words (partner-words.ts).
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Db } from "@/db/client";
import { prepared } from "@/db/prepared";
import { partnerFollowUps, type FollowUpLink } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { requirePartnerAccess, requirePartnerManager } from "../auth/access";
import { recordAudit } from "../audit/record-audit";
import { LANGUAGES, type Language } from "../consent/notice-text";
import { parseInput } from "../errors";
import { Email, HttpsUrl, ShortText, plainText } from "../fields";

/** Links a follow-up may carry (a brochure, a booking page, …). */
export const FOLLOW_UP_LINKS = 3;
const LINK_SLOTS = Array.from({ length: FOLLOW_UP_LINKS }, (_, i) => i + 1);

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

// The form's flat fields (link1Label, link1Url, …): a link is a label and an address, both or neither.
const linkFields = Object.fromEntries(
  LINK_SLOTS.flatMap((i) => [
    [`link${i}Label`, z.preprocess(blankToUndefined, ShortText(`the label of link ${i}`, 60).optional())],
    [`link${i}Url`, z.preprocess(blankToUndefined, HttpsUrl.optional())],
  ]),
) as Record<`link${number}${"Label" | "Url"}`, z.ZodType<string | undefined>>;

export const FollowUpInput = z
  .object({
    language: z.enum(LANGUAGES, { message: `Choose one of: ${LANGUAGES.join(", ")}.` }),
    promise: ShortText("the promise", 200),
    message: z
      .string()
      .trim()
      .min(1, "Write the message the attendee receives.")
      .max(2000, "The message is too long (at most 2,000 characters).")
      .superRefine(plainText("The message", { lines: true })),
    replyTo: z.preprocess(blankToUndefined, Email.optional()),
    ...linkFields,
  })
  .superRefine((input, ctx) => {
    const fields = input as Record<string, unknown>;
    for (const i of LINK_SLOTS) {
      const label = fields[`link${i}Label`];
      const url = fields[`link${i}Url`];
      if (label !== undefined && url === undefined) ctx.addIssue({ code: "custom", path: [`link${i}Url`], message: `Give link ${i} its address, or clear its label.` });
      if (url !== undefined && label === undefined) ctx.addIssue({ code: "custom", path: [`link${i}Label`], message: `Give link ${i} a label the attendee reads, or clear its address.` });
    }
  });

export type FollowUpInput = z.input<typeof FollowUpInput>;

export type FollowUp = { language: Language; promise: string; message: string; links: FollowUpLink[]; replyTo: string | null; updatedAt: Date };

/** The form's flat fields of a saved follow-up. */
export function followUpFields(f: FollowUp | undefined): Record<string, string> {
  const fields: Record<string, string> = { promise: f?.promise ?? "", message: f?.message ?? "", replyTo: f?.replyTo ?? "" };
  for (const i of LINK_SLOTS) {
    fields[`link${i}Label`] = f?.links[i - 1]?.label ?? "";
    fields[`link${i}Url`] = f?.links[i - 1]?.url ?? "";
  }
  return fields;
}

const columns = {
  language: partnerFollowUps.language,
  promise: partnerFollowUps.promise,
  message: partnerFollowUps.message,
  links: partnerFollowUps.links,
  replyTo: partnerFollowUps.replyTo,
  updatedAt: partnerFollowUps.updatedAt,
};

const ofPartner = (partnerId: number) =>
  getDb().select(columns).from(partnerFollowUps).where(eq(partnerFollowUps.partnerId, partnerId)).all() as FollowUp[];

/** The partner's follow-ups, one per language it wrote one in. */
export function readFollowUps(actor: Actor, eventId: number, partnerId: number): Partial<Record<Language, FollowUp>> {
  requirePartnerAccess(actor, eventId, partnerId);
  return Object.fromEntries(ofPartner(partnerId).map((f) => [f.language, f]));
}

export function saveFollowUp(actor: Actor, eventId: number, partnerId: number, input: unknown): FollowUp {
  const partner = requirePartnerManager(actor, eventId, partnerId);
  const data = parseInput(FollowUpInput, input) as z.output<typeof FollowUpInput> & Record<string, string | undefined>;
  const links = LINK_SLOTS.flatMap((i) => {
    const label = data[`link${i}Label`];
    const url = data[`link${i}Url`];
    return label && url ? [{ label, url }] : [];
  });
  const values = { promise: data.promise, message: data.message, links, replyTo: data.replyTo ?? null, updatedAt: new Date() };
  return getDb().transaction((tx) => {
    const saved = tx
      .insert(partnerFollowUps)
      .values({ partnerId, language: data.language, ...values })
      .onConflictDoUpdate({ target: [partnerFollowUps.partnerId, partnerFollowUps.language], set: values })
      .returning(columns)
      .get() as FollowUp;
    recordAudit(tx, actor, eventId, "partners.follow_up", `partner ${partner.id} ${partner.name}`, { language: data.language, links: links.length });
    return saved;
  });
}

/** Removes the follow-up in one language: attendees who share then get the confirmation alone. */
export function removeFollowUp(actor: Actor, eventId: number, partnerId: number, language: Language): void {
  const partner = requirePartnerManager(actor, eventId, partnerId);
  getDb().transaction((tx) => {
    const gone = tx.delete(partnerFollowUps).where(and(eq(partnerFollowUps.partnerId, partnerId), eq(partnerFollowUps.language, language))).run();
    if (gone.changes > 0) recordAudit(tx, actor, eventId, "partners.follow_up_removed", `partner ${partner.id} ${partner.name}`, { language });
  });
}

const promisesOfPartner = prepared((db) =>
  db
    .select({ language: partnerFollowUps.language, promise: partnerFollowUps.promise })
    .from(partnerFollowUps)
    .where(eq(partnerFollowUps.partnerId, sql.placeholder("partnerId")))
    .prepare(),
);

/** Language → the promise the notice states in it. The caller scoped the partner. */
export function followUpPromises(db: Db, partnerId: number): Record<string, string> {
  return Object.fromEntries(promisesOfPartner(db).all({ partnerId }).map((p) => [p.language, p.promise]));
}

/** The follow-up a share confirmation in `language` carries: that language's, else none. Called by the mail, scoped by its ledger row. */
export function followUpToSend(partnerId: number, language: Language): FollowUp | null {
  return ofPartner(partnerId).find((f) => f.language === language) ?? null;
}
