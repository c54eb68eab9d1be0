// A read-only connection frozen at one instant, for an export that reads for a while (on the
// export's worker thread, or across turns of the request thread for a single download).
//
// Why a connection of its own: a read transaction held that long on the shared client would
// swallow every other request's writes into it. A second connection in WAL mode holds its own
// snapshot: from the first read after BEGIN until COMMIT it sees the database as it was then,
// while booth decisions keep committing elsewhere; no lock is held, writers never wait on it.
// The cost: the WAL cannot be checkpointed past that snapshot until the export ends, and then
// the next commit's automatic checkpoint copies all that grew meanwhile, inside a booth's
// request (30–45 ms measured after the biggest show's ZIP). `checkpointOnClose` copies it on
// the closing thread instead (the export's worker): a PASSIVE checkpoint, which never waits for,
// nor blocks, readers or writers (query_only allows it). Its disk writes still slow a commit
// that fsyncs at the same moment (docs/benchmarks/export.md).
// Connection set-up (pragmas, BEGIN) is driver-level and SQLite-specific, so it lives here in db/.
// It takes the file's path, never the process-wide client (client.ts), so a worker can open it.
import Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/better-sqlite3";
import type { Db } from "./client";
import * as schema from "./schema";

export type ReadSnapshot = { db: Db; close: () => void };

/**
 * `cacheKiB`: SQLite's page cache for this connection (the attendees table read once per export).
 * `checkpointOnClose`: checkpoint the WAL when the snapshot closes (for a thread of its own only).
 */
export function openReadSnapshot(file: string, { cacheKiB = 32 * 1024, checkpointOnClose = false }: { cacheKiB?: number; checkpointOnClose?: boolean } = {}): ReadSnapshot {
  const sqlite = new Database(file, { fileMustExist: true });
  let open = true;
  try {
    sqlite.pragma("query_only = ON");
    sqlite.pragma("busy_timeout = 5000");
    sqlite.pragma(`cache_size = -${Math.round(cacheKiB)}`);
    const db: Db = drizzle(sqlite, { schema });
    db.run(sql`begin`);
    // The snapshot is taken by the first read, not by BEGIN: take it now.
    db.get(sql`select count(*) from sqlite_schema`);
    const close = () => {
      if (!open) return;
      open = false;
      try {
        if (sqlite.inTransaction) db.run(sql`commit`);
        if (checkpointOnClose) sqlite.pragma("wal_checkpoint(PASSIVE)");
      } finally {
        sqlite.close();
      }
    };
    return { db, close };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}
