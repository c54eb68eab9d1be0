// What a change of a partner's words does to the consents given to the old ones
// (issue 11 §3, docs/decisions/023). The words are what the notice renders and the attendee
// agreed to: name, purpose, privacy link, and the German purpose for consents given in German
// (the German notice renders it). The booth and the contact email are not among them.
import type { Db } from "@/db/client";
import { partnerChanges, type ChangedWords } from "@/db/schema";
import { actorLabel, actorUserId, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { countStandingGrants, lapseStandingGrants } from "../consent/lapse-consents";

export const WORD_KEYS = ["name", "purpose", "privacyUrl", "purposeDe"] as const satisfies readonly (keyof ChangedWords)[];
export type WordKey = (typeof WORD_KEYS)[number];

// An empty German purpose means "not translated", like a missing one.
const norm = (v: string | null | undefined) => v?.trim() || null;

export const wordsOf = (p: ChangedWords): ChangedWords => ({ name: p.name, purpose: p.purpose, privacyUrl: p.privacyUrl, purposeDe: norm(p.purposeDe) });

export function changedWords(before: ChangedWords, after: ChangedWords): WordKey[] {
  return WORD_KEYS.filter((k) => norm(before[k]) !== norm(after[k]));
}

/**
 * Whose consents a change ends: every standing share when words every notice renders change;
 * only the ones given in German when the German purpose alone changed (the English notice
 * never showed it). Null: every language.
 */
export function lapseLanguage(changed: readonly WordKey[]): "de" | null {
  return changed.length > 0 && changed.every((k) => k === "purposeDe") ? "de" : null;
}

/** How many consents the change would end: the partner's standing shares its words' change reaches. */
export function lapsingCount(partnerId: number, changed: readonly WordKey[]): number {
  return changed.length === 0 ? 0 : countStandingGrants(partnerId, lapseLanguage(changed));
}

/**
 * Records the change and ends the consents given to the old words: the change's row, a lapse
 * per standing share (each with its attendee's notice), an audit row with the count. Call in
 * the IMMEDIATE transaction that updates the partner.
 */
export function lapseOnChange(
  tx: Pick<Db, "insert">,
  actor: Actor,
  change: { eventId: number; partnerId: number; before: ChangedWords; after: ChangedWords; lapsing: number },
  now: Date,
): number {
  const { id } = tx
    .insert(partnerChanges)
    .values({
      eventId: change.eventId,
      partnerId: change.partnerId,
      before: wordsOf(change.before),
      after: wordsOf(change.after),
      lapsed: change.lapsing,
      userId: actorUserId(actor),
      actorLabel: actorLabel(actor),
      createdAt: now,
    })
    .returning({ id: partnerChanges.id })
    .get();
  const changed = changedWords(change.before, change.after);
  const lapsed = lapseStandingGrants({ id, eventId: change.eventId, partnerId: change.partnerId }, now, lapseLanguage(changed));
  recordAudit(tx, actor, change.eventId, "consents.lapse", `partner ${change.partnerId} ${change.after.name}`, { change: id, lapsed, changed });
  return lapsed;
}
