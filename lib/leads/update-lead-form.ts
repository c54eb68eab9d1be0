// The organizer edits a partner's tag list and questions (partners will do it themselves later).
// Questions keep their id while edited; a removed one is only marked, so answers saved earlier
// keep their label in the lead's history.
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { QUESTION_KINDS, partnerQuestions, partnerTags } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { requirePartnerManager } from "../auth/access";
import { recordAudit } from "../audit/record-audit";
import { AppError, parseInput } from "../errors";
import { Id, ShortText } from "../fields";
import { loadLeadForm } from "./read-lead-form";
import type { LeadForm } from "./types";

const noDuplicates = (what: string) => (list: string[], ctx: z.RefinementCtx) => {
  const seen = new Set<string>();
  list.forEach((item, i) => {
    const key = item.toLowerCase();
    if (seen.has(key)) ctx.addIssue({ code: "custom", path: [i], message: `${what} "${item}" is listed twice.` });
    seen.add(key);
  });
};

const QuestionInput = z
  .object({
    id: Id.optional(),
    label: ShortText("the question", 200),
    kind: z.enum(QUESTION_KINDS, { message: "Choose the kind of answer." }),
    choices: z.array(ShortText("a choice", 80)).max(20, "At most 20 choices.").superRefine(noDuplicates("The choice")).default([]),
  })
  .superRefine((q, ctx) => {
    if (q.kind === "choice" && q.choices.length < 2) ctx.addIssue({ code: "custom", path: ["choices"], message: "Give at least two choices." });
  })
  .transform((q) => ({ ...q, choices: q.kind === "choice" ? q.choices : null }));

export const LeadFormInput = z.object({
  tags: z.array(ShortText("a tag", 40)).max(40, "At most 40 tags.").superRefine(noDuplicates("The tag")),
  questions: z.array(QuestionInput).max(20, "At most 20 questions."),
});

export type LeadFormInput = z.input<typeof LeadFormInput>;

export function updateLeadForm(actor: Actor, eventId: number, partnerId: number, input: unknown, now = new Date()): LeadForm {
  const partner = requirePartnerManager(actor, eventId, partnerId);
  const data = parseInput(LeadFormInput, input);
  const before = loadLeadForm(partnerId);
  const known = new Map(before.questions.map((q) => [q.id, q]));
  for (const q of data.questions) {
    if (q.id !== undefined && !known.has(q.id)) throw new AppError("conflict", "A question was removed meanwhile. Reload the page and edit again.");
  }
  const keptIds = new Set(data.questions.map((q) => q.id));
  const changed: string[] = [];
  getDb().transaction((tx) => {
    tx.delete(partnerTags).where(eq(partnerTags.partnerId, partnerId)).run();
    if (data.tags.length) tx.insert(partnerTags).values(data.tags.map((label, position) => ({ partnerId, label, position }))).run();
    data.questions.forEach((q, position) => {
      const values = { label: q.label, kind: q.kind, choices: q.choices, position };
      if (q.id === undefined) return void tx.insert(partnerQuestions).values({ ...values, partnerId }).run();
      const old = known.get(q.id)!;
      if (old.label !== q.label || old.kind !== q.kind || JSON.stringify(old.choices) !== JSON.stringify(q.choices ?? [])) changed.push(q.label);
      tx.update(partnerQuestions).set(values).where(eq(partnerQuestions.id, q.id)).run();
    });
    const removed = before.questions.filter((q) => !keptIds.has(q.id));
    for (const q of removed) {
      tx.update(partnerQuestions)
        .set({ removedAt: now })
        .where(and(eq(partnerQuestions.id, q.id), eq(partnerQuestions.partnerId, partnerId), isNull(partnerQuestions.removedAt)))
        .run();
    }
    recordAudit(tx, actor, eventId, "partners.lead_form", `partner ${partner.id} ${partner.name}`, {
      tags: { added: data.tags.filter((t) => !before.tags.includes(t)), removed: before.tags.filter((t) => !data.tags.includes(t)) },
      questions: {
        added: data.questions.filter((q) => q.id === undefined).map((q) => q.label),
        changed,
        removed: removed.map((q) => q.label),
      },
    });
  });
  return loadLeadForm(partnerId);
}

/** The editor's two fields (tags one per line, the questions as JSON) in LeadFormInput's shape, for updateLeadForm to check. */
export function leadFormFromFields(tags: string, questions: string): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(questions);
  } catch {
    // Unreadable only if the page itself is broken, so no field to mark.
    throw new AppError("invalid", "The questions could not be read. Reload the page and try again.");
  }
  return { tags: tags.split("\n").map((t) => t.trim()).filter(Boolean), questions: parsed };
}

/** What an editor's form posts. */
export const LeadFormFields = { tags: z.string().max(20_000).default(""), questions: z.string().max(200_000).default("[]") };
