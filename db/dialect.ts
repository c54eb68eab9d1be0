// SQL whose spelling depends on how SQLite stores a value, for lib/ to use without writing it.
// Each names its PostgreSQL counterpart (db/client.ts lists what else is SQLite-specific).
import { sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import type { RunResult } from "better-sqlite3";

/**
 * The slot of a timestamp column, as whole slots of `slotMs` since the epoch (UTC). Timestamps
 * are stored as epoch milliseconds (`mode: "timestamp_ms"`), so an integer division buckets them.
 * PostgreSQL (timestamptz): `floor(extract(epoch from col) * 1000 / slotMs)::bigint`.
 */
export function slotOf(column: SQLiteColumn, slotMs: number): SQL<number> {
  return sql<number>`${column} / ${sql.raw(String(slotMs))}`.mapWith(Number);
}

/**
 * The column, hidden from the planner's choice of index: SQLite's unary `+` (its documented way
 * to disqualify an index), for a query that must walk another index (lib/attendees/import/lookups.ts).
 * PostgreSQL costs its plans from statistics and has no such hint: the plain column.
 */
export function unindexed(column: SQLiteColumn): SQL {
  return sql`+${column}`;
}

/**
 * The id of the row an insert just wrote, as SQLite reports it with the write (its rowid). For
 * inserts run per row: `returning` doubled the import's cost per row (12.6 µs against 6.3 µs
 * of CPU). PostgreSQL: `.returning({ id })`.
 */
export function insertedId(result: RunResult): number {
  return Number(result.lastInsertRowid);
}
