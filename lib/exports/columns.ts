// The fixed column sets of the export files (documented in the README, "Lead export columns").
import type { CellValue } from "./csv";
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
};

/**
 * A contact this partner was handed in an earlier export and who has withdrawn since, or whose
 * data was erased (then only the SHA-256 of the normalised email is left: lib/retention/email-hash.ts).
 */
export type SuppressionRow = { consentId: number; email: string | null; withdrawnAt: number; emailSha256: string };


export const LEAD_COLUMNS: readonly Column<ExportLead>[] = [
  ["first_name", (l) => l.firstName],
  ["last_name", (l) => l.lastName],
  ["email", (l) => l.email],
  ["phone", (l) => l.phone],
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
];

export const SUPPRESSION_COLUMNS: readonly Column<SuppressionRow>[] = [
  ["email", (s) => s.email],
  ["withdrawn_at", (s) => iso(s.withdrawnAt)],
  ["consent_id", (s) => s.consentId],
  ["email_sha256", (s) => s.emailSha256],
];
