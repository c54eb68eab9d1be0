// What the ledger's rows point to, checked against its hashes: each notice template of the event
// against the sha256 stored with it, and each text an attendee was shown (consent_texts, which
// the rows' hashes cover only through text_sha256) against that sha256. An edited or deleted one
// is named, with the first ledger row that used it (called by verify-ledger.ts).
import { asc, eq, min } from "drizzle-orm";
import { getDb } from "@/db/client";
import { consentEvents, consentNotices, consentTexts } from "@/db/schema";
import { sha256Hex } from "../crypto";
import type { LedgerProblem } from "./verify-ledger";

const short = (sha256: string) => `${sha256.slice(0, 12)}…`;

function firstRowOfNotice(noticeId: number): number {
  return getDb().select({ id: min(consentEvents.id) }).from(consentEvents).where(eq(consentEvents.noticeId, noticeId)).get()?.id ?? 0;
}

function noticeProblem(eventId: number): LedgerProblem | null {
  const notices = getDb()
    .select({ id: consentNotices.id, version: consentNotices.version, language: consentNotices.language, template: consentNotices.template, sha256: consentNotices.sha256 })
    .from(consentNotices)
    .where(eq(consentNotices.eventId, eventId))
    .orderBy(asc(consentNotices.id))
    .all();
  const edited = notices.find((n) => sha256Hex(n.template) !== n.sha256);
  if (!edited) return null;
  return {
    eventId,
    consentId: firstRowOfNotice(edited.id),
    problem: "content",
    detail: `the consent notice "${edited.language}" version ${edited.version} (notice ${edited.id}) no longer matches its sha256 ${short(edited.sha256)}: its template was edited`,
  };
}

function textProblem(eventId: number): LedgerProblem | null {
  // One entry per text the event's rows point to: the text as stored (null when its row is gone).
  const texts = getDb()
    .select({ sha256: consentEvents.textSha256, first: min(consentEvents.id), text: consentTexts.text })
    .from(consentEvents)
    .leftJoin(consentTexts, eq(consentTexts.sha256, consentEvents.textSha256))
    .where(eq(consentEvents.eventId, eventId))
    .groupBy(consentEvents.textSha256)
    .orderBy(min(consentEvents.id))
    .all();
  for (const t of texts) {
    const what = `the notice text ${short(t.sha256)} (shown first in consent row ${t.first})`;
    if (t.text === null) return { eventId, consentId: t.first ?? 0, problem: "content", detail: `${what} is missing from consent_texts: it was deleted` };
    if (sha256Hex(t.text) !== t.sha256) return { eventId, consentId: t.first ?? 0, problem: "content", detail: `${what} no longer matches its sha256: it was edited` };
  }
  return null;
}

/** The first stored notice template or shown text that does not match its hash, or null. */
export function checkContents(eventId: number): LedgerProblem | null {
  return noticeProblem(eventId) ?? textProblem(eventId);
}
