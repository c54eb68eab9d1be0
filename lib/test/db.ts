// Test databases: one real SQLite file per test process, copied from a base that was migrated
// once (migrating is the slow part). Import this module before anything that opens the db.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { MIGRATIONS_FOLDER, closeDb, migrateDatabase, openDatabase } from "@/db/client";

const dir = path.join(os.tmpdir(), "fairlead-tests");

/** The base is named by the migrations it holds, so a schema change makes a new one. */
function migrationsHash(): string {
  const hash = createHash("sha256");
  for (const name of fs.readdirSync(MIGRATIONS_FOLDER).sort()) {
    if (name.endsWith(".sql")) hash.update(name).update(fs.readFileSync(path.join(MIGRATIONS_FOLDER, name)));
  }
  return hash.digest("hex").slice(0, 16);
}

const BASE = path.join(dir, `base-${migrationsHash()}.db`);

function ensureBase(): void {
  if (fs.existsSync(BASE)) return;
  fs.mkdirSync(dir, { recursive: true });
  const tmp = `${BASE}.${process.pid}.tmp`;
  const db = openDatabase(tmp);
  migrateDatabase(db);
  db.$client.pragma("wal_checkpoint(TRUNCATE)");
  db.$client.close();
  fs.renameSync(tmp, BASE); // atomic: parallel test files never see half a base
}

/** Points FAIRLEAD_DB at a fresh migrated copy and returns its path. */
export function useTestDatabase(): string {
  ensureBase();
  closeDb();
  const file = path.join(dir, `test-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.db`);
  fs.copyFileSync(BASE, file);
  process.env.FAIRLEAD_DB = file;
  return file;
}

/**
 * Points FAIRLEAD_DB at a fresh database migrated with every migration whose tag `leftOut` does
 * not name (the schema before those: for tests of what a migration does to existing rows).
 */
export function useDatabaseWithout(leftOut: (tag: string) => boolean): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fairlead-before-"));
  const folder = path.join(dir, "migrations");
  fs.mkdirSync(path.join(folder, "meta"), { recursive: true });
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as { entries: { tag: string }[] };
  journal.entries = journal.entries.filter((e) => !leftOut(e.tag));
  for (const e of journal.entries) fs.copyFileSync(path.join(MIGRATIONS_FOLDER, `${e.tag}.sql`), path.join(folder, `${e.tag}.sql`));
  fs.writeFileSync(path.join(folder, "meta", "_journal.json"), JSON.stringify(journal));
  const file = path.join(dir, "before.db");
  const db = openDatabase(file);
  migrate(db, { migrationsFolder: folder });
  db.$client.close();
  closeDb();
  process.env.FAIRLEAD_DB = file;
  return file;
}
