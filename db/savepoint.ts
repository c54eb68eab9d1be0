// One savepoint inside the caller's transaction, so that a failing part rolls back alone (an
// item of a sync batch). drizzle's nested `tx.transaction()` does the same with a new
// transaction object per call, which builds a query builder for every table of the schema: on
// the sync path that was a tenth of an item's CPU. Same statements, through drizzle, on the
// transaction's own connection. SQL-standard (SAVEPOINT / RELEASE / ROLLBACK TO): PostgreSQL too.
import { sql } from "drizzle-orm";
import type { Db } from "./client";

const BEGIN = sql.raw("savepoint part");
const RELEASE = sql.raw("release savepoint part");
const ROLLBACK = sql.raw("rollback to savepoint part");

export function inSavepoint<T>(db: Db, part: () => T): T {
  db.run(BEGIN);
  try {
    const result = part();
    db.run(RELEASE);
    return result;
  } catch (error) {
    db.run(ROLLBACK);
    db.run(RELEASE);
    throw error;
  }
}
