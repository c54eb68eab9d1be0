// A partner's read-only tokens for the pull API (issue 14 §2). A partner admin (or an organizer
// of the event) makes one and sees it once; the database keeps its sha256 and its first
// characters, to tell tokens apart on the Delivery page. A token reads one partner's feed and
// nothing else: it is no session and reaches no page or action. Making and revoking one pass
// the partner's data gate (requirePartnerManager → the agreement) and are audited.
import { and, desc, eq, isNull, lt, or, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { prepared } from "@/db/prepared";
import { apiTokens } from "@/db/schema";
import { recordAudit } from "../audit/record-audit";
import { actorUserId, type Actor } from "../auth/actor";
import { requirePartnerManager } from "../auth/access";
import { randomToken, sha256Hex } from "../crypto";
import { AppError, notFound, parseInput } from "../errors";

export const TOKEN_PREFIX = "flk_";
/** "flk_" and 32 random bytes, base64url. */
const TOKEN_SHAPE = /^flk_[A-Za-z0-9_-]{43}$/;
/** What the page shows of a token: "flk_" and 8 characters, enough to tell a partner's few apart. */
const SHOWN = TOKEN_PREFIX.length + 8;
/** Tokens that work at once per partner: one per system that reads the feed, with room for a rotation. */
export const MAX_ACTIVE_TOKENS = 10;
/** last_used_at is written at most this often: a client polling every second costs no write per request. */
export const TOUCH_EVERY_MS = 60_000;

export const ApiTokenInput = z.object({ name: z.string().trim().min(1, "Name the token after what will use it.").max(100) });

export type ApiTokenView = { id: number; name: string; prefix: string; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null };
/** Whom a token reads for. */
export type TokenPartner = { tokenId: number; eventId: number; partnerId: number };

/** A new token; its only appearance in clear is in this answer. */
export function createApiToken(actor: Actor, eventId: number, partnerId: number, input: z.input<typeof ApiTokenInput>) {
  requirePartnerManager(actor, eventId, partnerId);
  const { name } = parseInput(ApiTokenInput, input);
  const token = `${TOKEN_PREFIX}${randomToken(32)}`;
  const prefix = token.slice(0, SHOWN);
  const id = getDb().transaction((tx) => {
    const active = tx.select({ id: apiTokens.id }).from(apiTokens).where(and(eq(apiTokens.partnerId, partnerId), isNull(apiTokens.revokedAt))).all().length;
    if (active >= MAX_ACTIVE_TOKENS) throw new AppError("conflict", `A partner has at most ${MAX_ACTIVE_TOKENS} working API tokens: revoke one first.`);
    const row = tx
      .insert(apiTokens)
      .values({ eventId, partnerId, name, tokenHash: sha256Hex(token), prefix, createdBy: actorUserId(actor) })
      .returning({ id: apiTokens.id })
      .get();
    recordAudit(tx, actor, eventId, "api-tokens.create", `partner ${partnerId} token ${row.id}`, { name, prefix });
    return row.id;
  });
  return { id, name, prefix, token };
}

/** The partner's tokens, newest first, revoked ones too (what used the feed, and until when). */
export function listApiTokens(actor: Actor, eventId: number, partnerId: number): ApiTokenView[] {
  requirePartnerManager(actor, eventId, partnerId);
  return getDb()
    .select({ id: apiTokens.id, name: apiTokens.name, prefix: apiTokens.prefix, createdAt: apiTokens.createdAt, lastUsedAt: apiTokens.lastUsedAt, revokedAt: apiTokens.revokedAt })
    .from(apiTokens)
    .where(and(eq(apiTokens.partnerId, partnerId), eq(apiTokens.eventId, eventId)))
    .orderBy(desc(apiTokens.id))
    .all();
}

/** Revoked at once: the next request with it is refused. Revoking a revoked token changes nothing. */
export function revokeApiToken(actor: Actor, eventId: number, partnerId: number, tokenId: number, now = new Date()): void {
  requirePartnerManager(actor, eventId, partnerId);
  getDb().transaction((tx) => {
    const row = tx
      .select({ revokedAt: apiTokens.revokedAt, prefix: apiTokens.prefix })
      .from(apiTokens)
      .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.partnerId, partnerId), eq(apiTokens.eventId, eventId)))
      .get();
    if (!row) throw notFound("The API token");
    if (row.revokedAt) return;
    tx.update(apiTokens).set({ revokedAt: now }).where(eq(apiTokens.id, tokenId)).run();
    recordAudit(tx, actor, eventId, "api-tokens.revoke", `partner ${partnerId} token ${tokenId}`, { prefix: row.prefix });
  });
}

// Every API request looks its token up: compiled once per connection.
const byHash = prepared((db) =>
  db
    .select({ tokenId: apiTokens.id, eventId: apiTokens.eventId, partnerId: apiTokens.partnerId, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, sql.placeholder("hash")), isNull(apiTokens.revokedAt)))
    .prepare(),
);
const touch = prepared((db) =>
  db
    .update(apiTokens)
    .set({ lastUsedAt: sql`${sql.placeholder("now")}` })
    .where(and(eq(apiTokens.id, sql.placeholder("id")), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, sql`${sql.placeholder("stale")}`))))
    .prepare(),
);

/** The partner a token reads for, or null for a token that is malformed, unknown or revoked. Notes its use (at most once a minute). */
export function partnerFromApiToken(token: string, now = new Date()): TokenPartner | null {
  if (!TOKEN_SHAPE.test(token)) return null;
  const db = getDb();
  const row = byHash(db).get({ hash: sha256Hex(token) });
  if (!row) return null;
  const t = now.getTime();
  if (!row.lastUsedAt || t - row.lastUsedAt.getTime() >= TOUCH_EVERY_MS) touch(db).run({ id: row.tokenId, now: t, stale: t - TOUCH_EVERY_MS + 1 });
  return { tokenId: row.tokenId, eventId: row.eventId, partnerId: row.partnerId };
}
