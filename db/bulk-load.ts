// Bulk loads for benchmarks and demo data: the SQLite pragmas that trade durability for speed
// while a script writes a million rows, kept here so no script reaches the driver itself.
// PostgreSQL: `set synchronous_commit = off` for the session, and COPY instead of inserts.
import type { Db } from "./client";

/**
 * Runs `load` with synchronous=OFF (a power cut may lose the load, never the app's own
 * acknowledged writes: FULL is back before this returns), then checkpoints the WAL into the
 * main file so the timings that follow read one file, as a long-running server would.
 */
export function bulkLoad<T>(db: Db, load: () => T): T {
  db.$client.pragma("synchronous = OFF");
  try {
    return load();
  } finally {
    db.$client.pragma("synchronous = FULL");
    db.$client.pragma("wal_checkpoint(TRUNCATE)");
  }
}
