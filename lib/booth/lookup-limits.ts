// The badge-lookup limit's figures (lookup-meter.ts), pure so the dashboard can say them.
import type { BucketRule } from "../rate-limit/bucket";

/** The figures and why: docs/decisions/032. */
export const BADGE_LOOKUPS = {
  name: "badge lookups of this phone",
  key: "badge-lookups",
  capacity: 900,
  leakPerSecond: 1,
} as const satisfies BucketRule;

/** A camera read (or an older phone that does not say) against a typed code; hit against miss. */
export const LOOKUP_COST = { camera: { hit: 1, miss: 20 }, typed: { hit: 2, miss: 40 } } as const;

