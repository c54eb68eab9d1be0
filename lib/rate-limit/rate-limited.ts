// The one refusal of every rate limit: AppError "rate_limited" naming the limit and the wait.
// Route handlers answer it 429 with Retry-After (lib/http/pages.ts errorResponse), actions
// `{ ok: false, code: "rate_limited", limit, retryAfter }` (lib/http/action.ts).
import { AppError } from "../errors";

/** Whole seconds, at least 1: what Retry-After and "try again in N s" say. */
export const retrySeconds = (waitMs: number) => Math.max(1, Math.ceil(waitMs / 1000));

export function rateLimited(limit: string, waitMs: number): AppError {
  const retryAfter = retrySeconds(waitMs);
  return new AppError("rate_limited", `Slow down: try again in ${retryAfter} s (${limit}).`, undefined, { limit, retryAfter });
}
