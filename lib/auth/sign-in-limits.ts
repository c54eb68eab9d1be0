// Sign-in's limits (issue 13 finding 4, docs/decisions/032): per account (the email typed,
// whether or not an account has it, so the answer tells nothing) and per client address, with
// waits that double. Checked and counted in one synchronous transaction before the password is
// checked (which awaits), so attempts sent together cannot slip past; a right password undoes
// its count and clears the account's failures.
import { getDb } from "@/db/client";
import { clearFailures, countFailure, requireNotWaiting, undoFailure, type BackoffRule } from "../rate-limit/backoff";

const DAY = 24 * 60 * 60 * 1000;

export const SIGN_IN_ACCOUNT: BackoffRule = {
  name: "sign-in attempts for this account",
  key: "sign-in:account",
  free: 5,
  firstWaitSeconds: 2,
  maxWaitSeconds: 15 * 60,
  forgetAfterMs: DAY,
};

/** Looser: a venue's or an office's network puts many people behind one address. */
export const SIGN_IN_ADDRESS: BackoffRule = {
  name: "sign-in attempts from this network address",
  key: "sign-in:address",
  free: 20,
  firstWaitSeconds: 1,
  maxWaitSeconds: 15 * 60,
  forgetAfterMs: DAY,
};

export type SignInAttempt = { succeeded(): void };

/** Throws rate_limited while the account or the address waits; otherwise counts the attempt as failed until told otherwise. */
export function startSignIn(email: string, address: string | null, now = Date.now()): SignInAttempt {
  const db = getDb();
  const counted = db.transaction(
    () => {
      requireNotWaiting(db, SIGN_IN_ACCOUNT, email, now);
      if (address) requireNotWaiting(db, SIGN_IN_ADDRESS, address, now);
      return { account: countFailure(db, SIGN_IN_ACCOUNT, email, now), address: address ? countFailure(db, SIGN_IN_ADDRESS, address, now) : undefined };
    },
    { behavior: "immediate" },
  );
  return {
    succeeded() {
      db.transaction(() => {
        clearFailures(db, SIGN_IN_ACCOUNT, email);
        if (address) undoFailure(db, SIGN_IN_ADDRESS, address, counted.address);
      });
    },
  };
}
