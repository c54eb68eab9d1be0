// The partner's tag list and questions, as the booth form and the organizer's editor show them.
import { and, asc, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { partnerQuestions, partnerTags } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { requirePartnerAccess } from "../auth/access";
import type { LeadForm, LeadQuestion } from "./types";

/** The partner's current form. Callers have checked access to the partner. */
export function loadLeadForm(partnerId: number): LeadForm {
  const db = getDb();
  const tags = db
    .select({ label: partnerTags.label })
    .from(partnerTags)
    .where(eq(partnerTags.partnerId, partnerId))
    .orderBy(asc(partnerTags.position))
    .all()
    .map((t) => t.label);
  const questions = db
    .select({ id: partnerQuestions.id, kind: partnerQuestions.kind, label: partnerQuestions.label, choices: partnerQuestions.choices })
    .from(partnerQuestions)
    .where(and(eq(partnerQuestions.partnerId, partnerId), isNull(partnerQuestions.removedAt)))
    .orderBy(asc(partnerQuestions.position), asc(partnerQuestions.id))
    .all()
    .map((q): LeadQuestion => ({ ...q, choices: q.choices ?? [] }));
  return { tags, questions };
}

/** Every question the partner ever had, removed ones too: older answers keep their label. */
export function questionLabels(partnerId: number): Record<string, string> {
  const rows = getDb()
    .select({ id: partnerQuestions.id, label: partnerQuestions.label })
    .from(partnerQuestions)
    .where(eq(partnerQuestions.partnerId, partnerId))
    .all();
  return Object.fromEntries(rows.map((r) => [String(r.id), r.label]));
}

export function readLeadForm(actor: Actor, eventId: number, partnerId: number): LeadForm {
  requirePartnerAccess(actor, eventId, partnerId);
  return loadLeadForm(partnerId);
}
