// Who is calling the pull API (issue 14 §2): the partner its bearer token reads for, checked
// in the order a caller can act on: no or a dead token (401), a token aimed at another partner
// (404, as a partner that does not exist), too many requests (429 with Retry-After), the
// partner's data gate (403 until its current data-use agreement is accepted, as in its workspace).
import { getDb } from "@/db/client";
import { requirePartnerAgreement } from "../auth/agreement-gate";
import { AppError, notFound } from "../errors";
import { EMPTY, levelAt, waitFor, type BucketRule } from "../rate-limit/bucket";
import { limitKey, readLimit, writeLimit } from "../rate-limit/limit-store";
import { rateLimited } from "../rate-limit/rate-limited";
import { partnerFromApiToken, type TokenPartner } from "./api-tokens";

/** 60 requests a minute per token, as a burst or spread out: a poll every second keeps up with any booth. */
export const API_REQUESTS = {
  name: "API requests with this token",
  key: "api-token",
  capacity: 60,
  leakPerSecond: 1,
} as const satisfies BucketRule;

const BEARER = /^Bearer +(\S+) *$/i;

export function requireApiCaller(authorization: string | null, partnerId: number, now = new Date()): TokenPartner {
  const token = BEARER.exec(authorization ?? "")?.[1];
  if (!token) {
    throw new AppError("unauthorized", "Send an API token as `Authorization: Bearer flk_…`. A partner admin makes one on the partner workspace's Delivery page.");
  }
  const caller = partnerFromApiToken(token, now);
  if (!caller) throw new AppError("unauthorized", "This API token is unknown or was revoked. A partner admin can make a new one on the partner workspace's Delivery page.");
  if (caller.partnerId !== partnerId) throw notFound("The partner");
  countRequest(caller.tokenId, now.getTime());
  requirePartnerAgreement(caller.eventId, caller.partnerId); // the same gate as the workspace's
  return caller;
}

/** A leaky bucket per token in rate_limits (lib/rate-limit/bucket.ts): a refused request costs nothing. */
function countRequest(tokenId: number, now: number): void {
  const db = getDb();
  const key = limitKey(API_REQUESTS, String(tokenId));
  db.transaction(
    () => {
      const level = levelAt(readLimit(db, key) ?? EMPTY, API_REQUESTS, now);
      const wait = waitFor(level, 1, API_REQUESTS);
      if (wait > 0) throw rateLimited(API_REQUESTS.name, wait);
      writeLimit(db, key, { level: level + 1, at: now, blockedUntil: null });
    },
    { behavior: "immediate" },
  );
}
