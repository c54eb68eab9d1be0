// The column sets of the export files (documented in the README, "Lead export columns"): fixed,
// then for leads one column per question of the partner.
import type { CellValue } from "./csv";
import { e164 } from "./phone";
import type { Lead } from "../consent/current-consent";
import type { Rating } from "../leads/types";
import { isoTime as iso } from "./iso-time";

export type Column<T> = readonly [name: string, get: (row: T) => CellValue];

/** One lead as the export reads it (lib/exports/read-partner-rows.ts). Times are epoch ms. */
export type ExportLead = Omit<Lead, "consentAt" | "noticeId"> & {
  consentAt: number;
  noticeVersion: number;
  noticeLanguage: string;
  firstVisit: number | null;
  lastVisit: number | null;
  device: string | null;
  /** The lead's current qualification from the booth phones (lib/leads). */
  rating: Rating | null;
  notes: string | null;
  /** The lead's current tags and answers (question id → answer), or null when it was never qualified. */
  tags: string[] | null;
  answers: Record<string, string> | null;
};

/** A question of the partner, as its column names it. */
export type ExportQuestion = { id: number; label: string };

/**
 * A contact this partner was handed in an earlier export and who has withdrawn since, or whose
 * data was erased (then only the SHA-256 of the normalised email is left: lib/retention/email-hash.ts).
 */
export type SuppressionRow = { consentId: number; email: string | null; withdrawnAt: number; emailSha256: string };


export const LEAD_COLUMNS: readonly Column<ExportLead>[] = [
  ["first_name", (l) => l.firstName],
  ["last_name", (l) => l.lastName],
  ["email", (l) => l.email],
  ["phone", (l) => e164(l.phone)],
  ["company", (l) => l.company],
  ["job_title", (l) => l.jobTitle],
  ["country", (l) => l.country],
  ["first_visit", (l) => iso(l.firstVisit)],
  ["last_visit", (l) => iso(l.lastVisit)],
  ["device", (l) => l.device],
  ["rating", (l) => l.rating],
  ["notes", (l) => l.notes || null],
  ["consent_id", (l) => l.consentId],
  ["consent_time", (l) => iso(l.consentAt)],
  ["notice_version", (l) => l.noticeVersion],
  ["notice_language", (l) => l.noticeLanguage],
  ["tags", (l) => joinTags(l.tags)],
];

/** Tags in one cell, in the order the booth phone saved them. */
export const joinTags = (tags: readonly string[] | null): string | null => (tags?.length ? tags.join("; ") : null);

/** The question's column: `question: <label>`, the id added when two questions share a label. */
export function questionColumnNames(questions: readonly ExportQuestion[]): string[] {
  const labels = questions.map((q) => q.label);
  return questions.map((q) => (labels.indexOf(q.label) === labels.lastIndexOf(q.label) ? `question: ${q.label}` : `question: ${q.label} (${q.id})`));
}

/** The leads columns of one partner: the fixed ones, then an answer column per question, in the booth's order. */
export function leadColumns(questions: readonly ExportQuestion[]): readonly Column<ExportLead>[] {
  const names = questionColumnNames(questions);
  return [...LEAD_COLUMNS, ...questions.map((q, i): Column<ExportLead> => [names[i]!, (l) => l.answers?.[String(q.id)] ?? null])];
}

export const SUPPRESSION_COLUMNS: readonly Column<SuppressionRow>[] = [
  ["email", (s) => s.email],
  ["withdrawn_at", (s) => iso(s.withdrawnAt)],
  ["consent_id", (s) => s.consentId],
  ["email_sha256", (s) => s.emailSha256],
];
