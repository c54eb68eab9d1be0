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
  return drizzle(sqlite, { schema }) as Db;
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
