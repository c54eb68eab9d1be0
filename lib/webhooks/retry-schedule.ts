// When a failing event is tried again (decision 039): exponential backoff from 5 s, capped at an
// hour, with ±25 % jitter so endpoints that failed together do not retry together. An endpoint
// whose next event has failed for DISABLE_AFTER_MS is disabled, with the reason on its page.
export const FIRST_RETRY_MS = 5_000;
export const MAX_RETRY_MS = 60 * 60 * 1000;
export const DISABLE_AFTER_MS = 3 * 24 * 60 * 60 * 1000;

/** The wait after the `failures`-th failed attempt in a row; `random` in [0, 1). */
export function retryDelayMs(failures: number, random: () => number = Math.random): number {
  const base = Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1), MAX_RETRY_MS);
  return Math.round(base * (0.75 + random() * 0.5));
}
