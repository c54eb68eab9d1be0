// Shapes shared by lib/leads and the components that show them: types, and the ratings' labels
// (a few bytes, the one value here that reaches a bundle).
import type { QuestionKind, Rating } from "@/db/schema/qualification";

export type { QuestionKind, Rating };

export type LeadQuestion = { id: number; kind: QuestionKind; label: string; choices: string[] };

/** What a partner's booth may record about a lead, beyond rating and notes. */
export type LeadForm = { tags: string[]; questions: LeadQuestion[] };

export type QualificationValues = {
  rating: Rating | null;
  notes: string;
  tags: string[];
  /** Question id (as text) → answer. */
  answers: Record<string, string>;
};

/** One saved revision: its values, which device saved it and when. */
export type QualificationRevision = QualificationValues & {
  revision: number;
  basedOn: number;
  deviceId: number | null;
  deviceName: string | null;
  savedAt: Date;
};

/**
 * A save either went through, or was refused because another device saved first: then
 * `current` is that device's revision (null only if it vanished) and nothing was written.
 */
export type SaveResult =
  | { status: "saved"; current: QualificationRevision }
  | { status: "conflict"; current: QualificationRevision | null };

/** The lead as the qualification page shows it: who, and that it stands on this grant. */
export type LeadHeader = {
  consentId: number;
  eventId: number;
  partnerId: number;
  attendeeId: number;
  firstName: string;
  lastName: string;
  company: string | null;
  jobTitle: string | null;
};

/** A rating as lists show it. */
export const RATING_LABEL: Record<Rating, string> = { cold: "Cold", warm: "Warm", hot: "Hot" };
