// Test databases: one real SQLite file per test process, copied from a base that was migrated
// once (migrating is the slow part). Import this module before anything that opens the db.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
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
