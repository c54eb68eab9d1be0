// Rate limits' state (lib/rate-limit/, docs/decisions/032): one row per limit and subject,
// written in the transaction of what it limits, so it holds across restarts and threads.
import { index, integer, real, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const rateLimits = sqliteTable(
  "rate_limits",
  {
    /** "<limit>:<subject>", e.g. "badge-lookups:device:12", "sign-in:account:ada@example.com". */
    key: text("key").primaryKey(),
    /** A bucket's spent tokens not yet leaked back, or a backoff's failures counted. */
    level: real("level").notNull(),
    /** When `level` was written, epoch ms (a number: the bucket's arithmetic is in ms). */
    at: integer("at").notNull(),
    /** A backoff's end of the current wait, epoch ms; null for buckets. */
    blockedUntil: integer("blocked_until"),
  },
  // Rows nobody touched for a day mean nothing any more: pruned by `at` (prune-rate-limits.ts).
  (t) => [index("rate_limits_at").on(t.at)],
);

export type RateLimitRow = typeof rateLimits.$inferSelect;
