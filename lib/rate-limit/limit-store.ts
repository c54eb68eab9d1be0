// A limit's row in rate_limits, read and written on the caller's connection (inside its
// transaction when it has one), through per-connection prepared statements: the badge-lookup
// limit reads and writes it once per request's items, on the writer thread's connection.
import { eq, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { excluded } from "@/db/excluded";
import { prepared } from "@/db/prepared";
import { rateLimits } from "@/db/schema";

export type LimitState = { level: number; at: number; blockedUntil: number | null };

/** The row of one rule for one subject ("sign-in:account:ada@example.com"): every limit names its rows so. */
export const limitKey = (rule: { key: string }, subject: string): string => `${rule.key}:${subject}`;

const read = prepared((db) =>
  db
    .select({ level: rateLimits.level, at: rateLimits.at, blockedUntil: rateLimits.blockedUntil })
    .from(rateLimits)
    .where(eq(rateLimits.key, sql.placeholder("key")))
    .prepare(),
);
const write = prepared((db) =>
  db
    .insert(rateLimits)
    .values({ key: sql.placeholder("key"), level: sql.placeholder("level"), at: sql.placeholder("at"), blockedUntil: sql.placeholder("blockedUntil") })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: { level: excluded(rateLimits.level), at: excluded(rateLimits.at), blockedUntil: excluded(rateLimits.blockedUntil) },
    })
    .prepare(),
);
const remove = prepared((db) => db.delete(rateLimits).where(eq(rateLimits.key, sql.placeholder("key"))).prepare());
const prune = prepared((db) => db.delete(rateLimits).where(lt(rateLimits.at, sql.placeholder("before"))).prepare());

export const readLimit = (db: Db, key: string): LimitState | undefined => read(db).get({ key });

export function writeLimit(db: Db, key: string, state: LimitState): void {
  write(db).run({ key, ...state });
}

export function forgetLimit(db: Db, key: string): void {
  remove(db).run({ key });
}

/**
 * Rows untouched since `before` (epoch ms) mean nothing any more (every bucket here empties, and
 * every backoff is forgotten, within a day): keys made from what a caller sends (addresses,
 * email addresses) cannot pile up.
 */
export function pruneLimits(db: Db, before: number): void {
  prune(db).run({ before });
}
