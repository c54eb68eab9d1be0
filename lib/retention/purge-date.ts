// When an event's personal data is due for purging: its retention period in days after the
// event's last day (its first day when no last day is set). Dates are calendar days in UTC: the
// last day is over at the next midnight UTC, and the period counts from there.

const DAY_MS = 86_400_000;

export type RetentionTerms = { startsOn: string | null; endsOn: string | null; retentionDays: number };

/** The first moment the event's data may be purged, or null when the event has no date to count from. */
export function purgeDateOf(terms: RetentionTerms): Date | null {
  const lastDay = terms.endsOn ?? terms.startsOn;
  if (!lastDay) return null;
  const endOfLastDay = Date.parse(`${lastDay}T00:00:00Z`) + DAY_MS;
  return Number.isNaN(endOfLastDay) ? null : new Date(endOfLastDay + terms.retentionDays * DAY_MS);
}

export function isPurgeDue(terms: RetentionTerms, now: Date): boolean {
  const at = purgeDateOf(terms);
  return at !== null && at.getTime() <= now.getTime();
}
