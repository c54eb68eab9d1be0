// Drizzle prepared statements, compiled once per connection. drizzle compiles a query's SQL on
// every call; on the booth's and the export's hot paths that compile was a quarter of the CPU
// (docs/benchmarks/). A query built with `sql.placeholder(...)` and `.prepare()` is compiled
// once here, per database connection (tests and the CLI switch files; each file keeps its own).
//
//   const byPair = prepared((db) =>
//     db.select({ id: currentConsent.consentId }).from(currentConsent)
//       .where(eq(currentConsent.partnerId, sql.placeholder("partnerId"))).prepare());
//   byPair(getDb()).get({ partnerId });
//
// A statement prepared on `db` also runs inside `db.transaction(...)` (one connection, and
// better-sqlite3's transactions are synchronous).
import type { Db } from "./client";

export function prepared<T>(build: (db: Db) => T): (db: Db) => T {
  const byConnection = new WeakMap<Db, T>();
  return (db) => {
    let statement = byConnection.get(db);
    if (statement === undefined) {
      statement = build(db);
      byConnection.set(db, statement);
    }
    return statement;
  };
}
