// Combining two devices' versions of a qualification after a conflict. Pure: the booth form
// calls it, and the user reviews the result before saving it (nothing is merged silently).
import type { QualificationValues } from "./types";

export const EMPTY_VALUES: QualificationValues = { rating: null, notes: "", tags: [], answers: {} };

/**
 * Mine where I set something, theirs otherwise; notes and tags keep both sides. My rating wins
 * because it is the newest judgement; the user sees theirs beside it before saving.
 */
export function mergeValues(theirs: QualificationValues, mine: QualificationValues): QualificationValues {
  const a = theirs.notes.trim();
  const b = mine.notes.trim();
  const notes = !a || a.includes(b) ? theirs.notes : !b || b.includes(a) ? mine.notes : `${a}\n\n${b}`;
  const answers = { ...theirs.answers };
  for (const [id, answer] of Object.entries(mine.answers)) if (answer) answers[id] = answer;
  return {
    rating: mine.rating ?? theirs.rating,
    notes,
    tags: [...new Set([...theirs.tags, ...mine.tags])],
    answers,
  };
}

/** Just the values of a revision (or of nothing). */
export function valuesOf(revision: QualificationValues | null): QualificationValues {
  if (!revision) return EMPTY_VALUES;
  return { rating: revision.rating, notes: revision.notes, tags: [...revision.tags], answers: { ...revision.answers } };
}
