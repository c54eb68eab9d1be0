import assert from "node:assert/strict";
import { test } from "node:test";
import { sql } from "drizzle-orm";
import { closeDb, getDb, type Db } from "./client";
import { bulkLoad } from "./bulk-load";
import { useTestDatabase } from "@/lib/test/db";

const pragma = (db: Db, name: "foreign_keys" | "synchronous" | "cache_size") => db.get<Record<string, number>>(sql.raw(`pragma ${name}`))[name];
const settings = (db: Db) => ({ foreignKeys: pragma(db, "foreign_keys"), synchronous: pragma(db, "synchronous"), cacheSize: pragma(db, "cache_size") });

test("[DB] a bulk load runs with fsync off, and foreign keys and the cache as asked; the connection's own settings are back after it", () => {
  useTestDatabase();
  const db = getDb();
  const own = settings(db);
  assert.deepEqual({ foreignKeys: own.foreignKeys, synchronous: own.synchronous }, { foreignKeys: 1, synchronous: 2 });
  assert.deepEqual(
    bulkLoad(db, () => settings(db)),
    { foreignKeys: 1, synchronous: 0, cacheSize: own.cacheSize },
  );
  assert.deepEqual(
    bulkLoad(db, () => settings(db), { foreignKeys: false, cacheKiB: 4096 }),
    { foreignKeys: 0, synchronous: 0, cacheSize: -4096 },
  );
  assert.deepEqual(settings(db), own);
  assert.throws(() => bulkLoad(db, () => { throw new Error("load failed"); }, { foreignKeys: false, cacheKiB: 4096 }), /load failed/);
  assert.deepEqual(settings(db), own);
  closeDb();
});

test("[DB] a bulk load without foreign keys refuses to start inside a transaction, where SQLite would ignore the pragma", () => {
  useTestDatabase();
  const db = getDb();
  assert.throws(() => db.transaction(() => bulkLoad(db, () => 1, { foreignKeys: false })), /outside a transaction/);
  assert.deepEqual({ foreignKeys: pragma(db, "foreign_keys"), synchronous: pragma(db, "synchronous") }, { foreignKeys: 1, synchronous: 2 });
  closeDb();
});
