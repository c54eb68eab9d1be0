// What the dashboard's "Worth a look" panel calls unusual for a booth phone (phone-flags.ts),
// shown on the screen as they are here; the reasons are in docs/decisions/025-phone-flags.md.

/** A share decided sooner than this after its badge was read is faster than reading and tapping. */
export const FAST_DECISION_MS = 2_000;
/** …and a phone is listed with this many such shares: one quick tap is someone who had decided already. */
export const FAST_MIN_SHARES = 3;
/** Shares on one phone each within this of the one before form a run… */
export const RUN_GAP_MS = 10_000;
/** …and a run this long is more than staff and attendees can manage. */
export const RUN_MIN_SHARES = 5;
/** A phone is listed when at least this fraction of its shares came from typed badge codes. */
export const TYPED_FRACTION = 0.1;
/** A phone with this many badge codes not found is listed (phone-misses.ts; honest booths miss a handful a day). */
export const MISSES_WORTH_A_LOOK = 10;
