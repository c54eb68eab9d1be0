// Which change ended a consent: a lapse row's client id names it (covered by the row's hash),
// so the ledger itself says why, and the lapse notice finds the words before and after.
// Page decisions' client ids are UUIDs (lib/fields.ts ClientId): they never take this form.

/** Unique per ledger: a pair lapses at most once per change. */
export const lapseClientId = (changeId: number, attendeeId: number) => `partner-change:${changeId}:attendee:${attendeeId}`;

/** The partner change a lapse row names, or null for any other row. */
export function changeIdOfLapse(clientId: string | null): number | null {
  const id = /^partner-change:(\d+):attendee:\d+$/.exec(clientId ?? "")?.[1];
  return id ? Number(id) : null;
}
