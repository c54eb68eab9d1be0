// A leaky bucket, as pure arithmetic (docs/decisions/032). The level is what was spent and has
// not leaked back yet; it leaks at a steady rate. Something costing `cost` is admitted while
// level + cost stays within the capacity; the wait otherwise is how long the leak takes to
// make room. Equivalent to a token bucket (tokens = capacity − level) and to GCRA.
export type BucketRule = {
  /** What the refusal names: "badge lookups of this phone". */
  name: string;
  /** The key's prefix in rate_limits. */
  key: string;
  capacity: number;
  leakPerSecond: number;
};

export type BucketState = { level: number; at: number };

export const EMPTY: BucketState = { level: 0, at: 0 };

/** The level at `now` (epoch ms): what leaked since `at` is gone, never below empty. */
export function levelAt(state: BucketState, rule: BucketRule, now: number): number {
  const leaked = (Math.max(0, now - state.at) / 1000) * rule.leakPerSecond;
  return Math.max(0, state.level - leaked);
}

/** Milliseconds until `cost` fits at this level (0: it fits now). */
export function waitFor(level: number, cost: number, rule: BucketRule): number {
  const over = level + cost - rule.capacity;
  return over <= 0 ? 0 : Math.ceil((over / rule.leakPerSecond) * 1000);
}
