// SQLite's plan for a query, for benchmarks that print which index each export query walks.
// Raw SQL on the driver because `explain query plan` is SQLite's own statement (drizzle has no
// builder for it; PostgreSQL's EXPLAIN answers in another shape) and it must run the very text
// a drizzle query compiled to, which reaches us as a string (`.getQuery().sql`).
import type { Db } from "./client";

/**
 * The steps of SQLite's plan for `text` ("SEARCH scans USING INDEX ..."), in SQLite's order.
 * Each `?` is bound to 1. The value does not change the plan: SQLite weighs bound values only with
 * STAT4 statistics, which only ANALYZE writes, and the app never runs it.
 */
export function explainQueryPlan(db: Db, text: string): string[] {
  const params = Array.from(text.matchAll(/\?/g), () => 1);
  const rows = db.$client.prepare<number[], { detail: string }>(`explain query plan ${text}`).all(...params);
  return rows.map((row) => row.detail);
}
