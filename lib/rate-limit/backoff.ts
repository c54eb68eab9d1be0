// Growing waits after failures (sign-in, docs/decisions/032): the first `free` failures cost
// nothing; each one after them makes the subject wait, doubling from `firstWaitSeconds` up to
// `maxWaitSeconds`. Failures are forgotten `forgetAfterMs` after the last one. The state is a
// rate_limits row on the caller's connection, so it holds across restarts.
import type { Db } from "@/db/client";
import { forgetLimit, limitKey, pruneLimits, readLimit, writeLimit, type LimitState } from "./limit-store";
import { rateLimited } from "./rate-limited";

export type BackoffRule = {
  name: string;
  key: string;
  free: number;
  firstWaitSeconds: number;
  maxWaitSeconds: number;
  forgetAfterMs: number;
};

const DAY = 24 * 60 * 60 * 1000;

/** The wait after the n-th failure in a row, in ms (0 within the free ones). */
export function waitAfter(rule: BackoffRule, failures: number): number {
  if (failures <= rule.free) return 0;
  return Math.min(rule.maxWaitSeconds, rule.firstWaitSeconds * 2 ** (failures - rule.free - 1)) * 1000;
}


/** Throws rate_limited while the subject waits after its last failure. */
export function requireNotWaiting(db: Db, rule: BackoffRule, subject: string, now: number): void {
  const state = readLimit(db, limitKey(rule, subject));
  if (state?.blockedUntil && state.blockedUntil > now) throw rateLimited(rule.name, state.blockedUntil - now);
}

/**
 * Counts a failure and starts the wait it earns; returns the state before, which `undo` puts
 * back. Sign-in counts each attempt as a failure before checking the password, so that attempts
 * sent at once cannot all pass the check before any is counted; a right password undoes it.
 */
export function countFailure(db: Db, rule: BackoffRule, subject: string, now: number): LimitState | undefined {
  const key = limitKey(rule, subject);
  const before = readLimit(db, key);
  const earlier = before && now - before.at <= rule.forgetAfterMs ? before.level : 0;
  const failures = earlier + 1;
  const wait = waitAfter(rule, failures);
  writeLimit(db, key, { level: failures, at: now, blockedUntil: wait > 0 ? now + wait : null });
  pruneLimits(db, now - DAY - rule.forgetAfterMs); // keys from what callers send cannot pile up
  return before;
}

/** Puts back the state `countFailure` returned (or forgets the subject if it had none). */
export function undoFailure(db: Db, rule: BackoffRule, subject: string, before: LimitState | undefined): void {
  if (before) writeLimit(db, limitKey(rule, subject), before);
  else forgetLimit(db, limitKey(rule, subject));
}

/** A success clears the subject's failures (the account's, after the right password). */
export function clearFailures(db: Db, rule: BackoffRule, subject: string): void {
  forgetLimit(db, limitKey(rule, subject));
}
