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
//
// No `.limit(n)` in a prepared statement on a hot path: drizzle binds n as a parameter, SQLite
// plans with a bound LIMIT's value and so recompiles the statement each time it is bound
// (8.3 µs a run against 1.7 µs for the same query without it, measured on the open drawing).
// `.get()` steps to the first row only; with an ORDER BY the index gives, that is the limit.
// prepared() refuses a statement with a fixed `.limit(n)`, so none comes back unnoticed (the
// ledger's head and the notice check had, at 4–8 µs a booth item). A paging limit given as a
// placeholder is fine: it is bound once per page of rows.
import { Param, sql, type Column, type SQL } from "drizzle-orm";
import type { Db } from "./client";

export function prepared<T>(build: (db: Db) => T): (db: Db) => T {
  const byConnection = new WeakMap<Db, T>();
  return (db) => {
    let statement = byConnection.get(db);
    if (statement === undefined) {
      statement = build(db);
      refuseFixedLimit(statement);
      byConnection.set(db, statement);
    }
    return statement;
  };
}

/** A fixed `.limit(n)` compiles to `limit ?` bound to the number n: the recompile above, every run. */
function refuseFixedLimit(statement: unknown): void {
  const query = (statement as { getQuery?: () => { sql: string; params: unknown[] } }).getQuery?.();
  const limit = query?.sql.match(/ limit \?(?: offset \?)?$/) ? query.params.at(query.sql.endsWith("offset ?") ? -2 : -1) : undefined;
  if (typeof limit === "number") throw new Error(`A prepared statement has a fixed .limit(${limit}), which SQLite recompiles at every run: use get() (db/prepared.ts).\n${query!.sql}`);
}

/**
 * A placeholder encoded as `column` encodes its values: a Date for a timestamp column, JSON for
 * a json one. `sql.placeholder("x")` alone is bound as given (drizzle encodes no placeholder in
 * `eq`, `gt`, ... nor in `set`), so a timestamp compared or set through one needs this:
 * `gt(sessions.expiresAt, placeholderFor(sessions.expiresAt, "now"))`. In `insert().values()`
 * drizzle encodes placeholders itself.
 */
export function placeholderFor<C extends Column>(column: C, name: string): SQL<C["_"]["data"]> {
  return sql`${new Param(sql.placeholder(name), column)}`;
}
