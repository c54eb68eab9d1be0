// The one database client: opened once per process and reused across hot reloads.
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
 * Opens a database file with Fairlead's pragmas.
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
  reuseStatements(sqlite);
  return drizzle(sqlite, { schema }) as Db;
}

/**
 * better-sqlite3 compiles SQL on every prepare(), and drizzle prepares on every query: on the
 * booth's hot path a quarter of the CPU went to compiling the same dozen statements
 * (docs/decisions/010-offline-sync.md). Compiled statements are kept by their text. A kept
 * statement is handed out in its default mode (objects, not raw/plucked rows), and one that is
 * busy (an iterator still open) is never shared: that caller gets a fresh one.
 */
function reuseStatements(sqlite: Database.Database, limit = 1000): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const kept = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    const statement = kept.get(source);
    if (statement && !statement.busy) {
      if (statement.reader) statement.raw(false).pluck(false).expand(false);
      return statement;
    }
    const fresh = prepare(source);
    if (!statement) {
      if (kept.size >= limit) kept.clear(); // generated SQL (IN lists) must not grow this forever
      kept.set(source, fresh);
    }
    return fresh;
  }) as typeof sqlite.prepare;
}

export function migrateDatabase(db: Db): void {
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}

const globalForDb = globalThis as unknown as { fairleadDb?: { setting: string | undefined; file: string; db: Db } };

/** The process-wide client for the configured file. Called many times a request: resolves the path only when FAIRLEAD_DB changes. */
export function getDb(): Db {
  const cached = globalForDb.fairleadDb;
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
