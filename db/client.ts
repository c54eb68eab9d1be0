// The one database client: opened once per process and reused across hot reloads. lib/ reaches
// the database only through drizzle on this client (docs/decisions/015-drizzle-only.md): the
// schema (db/schema) names every column, hot paths use db/prepared.ts, and the little raw SQL
// left lives in db/, typed, with its reason (dialect.ts, bulk-load.ts, the migrations).
//
// What Fairlead relies on that is SQLite's own, and what a PostgreSQL dialect would use instead:
// - Durability: synchronous=FULL below (docs/decisions/002). PG: synchronous_commit = on (its default).
// - Waiting for the write lock: busy_timeout below; one writer at a time, and transactions
//   begin IMMEDIATE (openDatabase makes it the default; read-only ones ask for "deferred").
//   PG: row locks; lock_timeout.
// - The ledger's order and hash chain: ids follow commit order because there is one writer,
//   so "the previous row" is the highest id, a ledger mark is max(id), and a pair's standing
//   decision is its highest id, the last the server received (lib/consent/ledger.ts,
//   handed-over.ts, docs/decisions/018). PG: sequences do not follow commit order: lock the
//   event's chain head (SELECT ... FOR UPDATE, or an advisory lock per event) for each append.
// - Append-only ledger: BEFORE UPDATE/DELETE triggers with RAISE(ABORT) (migration 0001), and
//   the withdrawal that erases qualifications (0005). PG: plpgsql triggers (or REVOKE UPDATE, DELETE).
// - Export snapshots: a second connection in WAL mode keeps its snapshot from its first read
//   (lib/exports). PG: a REPEATABLE READ, READ ONLY transaction (pg_export_snapshot to share one).
// - Synchronous transactions: better-sqlite3 runs a transaction as one synchronous function,
//   so nothing else interleaves. PG drivers are asynchronous: transactions become async functions.
// - Timestamps are integers of epoch milliseconds (`mode: "timestamp_ms"`, defaults through
//   unixepoch('subsec')); hour buckets in dialect.ts. PG: timestamptz, now(), date_trunc.
// - Planner hints: `indexed by` (lib/consent/handed-over.ts) and unary `+` (dialect.ts unindexed).
//   PG: none; its planner uses statistics.
// - A new row's id read from the write itself (dialect.ts insertedId: the import, per row).
//   PG: `returning id`.
// - foreign_keys=ON below: SQLite enforces foreign keys only when asked. PG: always.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

/** The SQLite file: FAIRLEAD_DB, or data/fairlead.db under the project folder. */
export function databasePath(): string {
  const fromEnv = process.env.FAIRLEAD_DB?.trim();
  // The file lives outside the build: keep Turbopack from tracing the whole project for it.
  return path.resolve(/*turbopackIgnore: true*/ fromEnv || path.join(process.cwd(), "data", "fairlead.db"));
}

/**
 * Opens a database file with Fairlead's pragmas (SQLite-specific: listed at the top).
 * synchronous=FULL: a consent decision that was acknowledged survives a power cut
 * (docs/decisions/002-durable-commits.md).
 */
export function openDatabase(file: string): Db {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  const db: Db = drizzle(sqlite, { schema });
  // Transactions begin IMMEDIATE unless they say otherwise (listed above). A deferred one that
  // reads and then writes fails at once with SQLITE_BUSY, whatever the busy timeout, when another
  // connection (the sync writer thread, a checkpoint) committed in between. A transaction that
  // only reads asks for `behavior: "deferred"`, so it never holds the write lock.
  const transaction = db.transaction.bind(db);
  db.transaction = (fn, config) => transaction(fn, { behavior: "immediate", ...config });
  return db;
}

export function migrateDatabase(db: Db): void {
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}

const globalForDb = globalThis as unknown as { fairleadDb?: { setting: string | undefined; file: string; db: Db } };

/** The process-wide client for the configured file. Called many times a request: resolves the path only when FAIRLEAD_DB changes. */
export function getDb(): Db {
  const cached = globalForDb.fairleadDb;
  // Inside a transaction on the client, it is the one (no file changes under an open
  // transaction): reading process.env costs ~0.5 µs a call, and a booth item makes a dozen.
  if (cached?.db.$client.inTransaction) return cached.db;
  if (cached && cached.setting === process.env.FAIRLEAD_DB) return cached.db;
  const file = databasePath();
  if (cached && cached.file === file) {
    cached.setting = process.env.FAIRLEAD_DB;
    return cached.db;
  }
  const db = openDatabase(file);
  globalForDb.fairleadDb = { setting: process.env.FAIRLEAD_DB, file, db };
  return db;
}

/** Closes the process-wide client (CLI commands and tests end with this). */
export function closeDb(): void {
  globalForDb.fairleadDb?.db.$client.close();
  globalForDb.fairleadDb = undefined;
}
