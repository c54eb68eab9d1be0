// Failed token attempts per client address (issue 13, docs/decisions/032): pairing links,
// invitations, attendees' personal pages and receipts. Tokens are 128+ random bits, so this is
// not what keeps them secret; it stops a script from trying them at scale and gives it a clear
// answer. Only failures pay: a valid token, however often it is opened, costs nothing, and an
// address that has used up its failures is refused valid and invalid tokens alike (refusing only
// the invalid ones would tell which are valid).
import { getDb } from "@/db/client";
import { EMPTY, levelAt, waitFor, type BucketRule } from "../rate-limit/bucket";
import { limitKey, pruneLimits, readLimit, writeLimit } from "../rate-limit/limit-store";
import { rateLimited } from "../rate-limit/rate-limited";
import { AppError } from "../errors";

/** 30 failures at once, then one a minute. */
export const TOKEN_ATTEMPTS = {
  name: "link attempts from this network address",
  key: "token-attempts",
  capacity: 30,
  leakPerSecond: 1 / 60,
} as const satisfies BucketRule;

const DAY = 24 * 60 * 60 * 1000;
/** What a lookup answers for a token that opens nothing. */
const isFailure = (error: unknown) => error instanceof AppError && (error.code === "not_found" || error.code === "gone");

/**
 * Runs `lookup` (which finds what the token opens) under the address's limit: throws
 * rate_limited while the address has no failures left; counts a null answer, a not_found or a
 * gone as a failure. `address` null (no client known): not limited.
 */
export function withTokenLimit<T>(address: string | null, lookup: () => T, now = Date.now()): T {
  if (address === null) return lookup();
  const db = getDb();
  const level = levelAt(readLimit(db, limitKey(TOKEN_ATTEMPTS, address)) ?? EMPTY, TOKEN_ATTEMPTS, now);
  const wait = waitFor(level, 1, TOKEN_ATTEMPTS);
  if (wait > 0) throw rateLimited(TOKEN_ATTEMPTS.name, wait);
  const fail = () =>
    db.transaction(() => {
      writeLimit(db, limitKey(TOKEN_ATTEMPTS, address), { level: level + 1, at: now, blockedUntil: null });
      pruneLimits(db, now - DAY);
    });
  let found: T;
  try {
    found = lookup();
  } catch (error) {
    if (isFailure(error)) fail();
    throw error;
  }
  if (found === null) fail();
  return found;
}
