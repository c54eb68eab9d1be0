// The attendee behind a personal-page token, opened under the address's limit on failed token
// attempts (token-attempts.ts): the actor, null for a token that opens nothing, or the wait.
import { AppError } from "../errors";
import { requestAddress } from "../http/request-address";
import type { AttendeeActor } from "./actor";
import { attendeeFromToken } from "./attendee";
import { withTokenLimit } from "./token-attempts";

export type OpenedPage = { actor: AttendeeActor | null } | { retryAfter: number };

export async function openAttendeePage(token: string): Promise<OpenedPage> {
  const address = await requestAddress();
  try {
    return { actor: withTokenLimit(address, () => attendeeFromToken(token)) };
  } catch (error) {
    if (error instanceof AppError && error.retry) return { retryAfter: error.retry.retryAfter };
    throw error;
  }
}

/** For actions and route handlers: the attendee, or the refusal (rate_limited, or not_found as `what`). */
export async function requireAttendeePage(token: string, what: string): Promise<AttendeeActor> {
  const actor = withTokenLimit(await requestAddress(), () => attendeeFromToken(token));
  if (!actor) throw new AppError("not_found", `${what} does not exist.`);
  return actor;
}
