// A read-only view of the database frozen at one instant, for exports that stream for a while.
//
// Why a connection of its own (docs/decisions/008-streaming-exports.md): an export reads its
// rows while the response streams, across many turns of the event loop. On the shared client a
// read transaction held that long would swallow every other request's writes into it, and an
// open better-sqlite3 iterator makes the connection refuse other statements. A second
// connection in WAL mode holds its own snapshot: from the first read after BEGIN until COMMIT it
// sees the database as it was then, while booth decisions keep committing on the shared client.
// The cost: the WAL cannot be checkpointed past that snapshot until the export ends.
import Database from "better-sqlite3";

type Params = readonly (string | number | null)[];

export class ReadSnapshot {
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  private readonly rawStatements = new Map<string, Database.Statement>();
  private readonly open = new Set<Iterator<unknown>>();
  private closed = false;

  /** `cacheKiB`: SQLite's page cache for this connection. */
  constructor(file: string, { cacheKiB = 32 * 1024 }: { cacheKiB?: number } = {}) {
    this.db = new Database(file, { fileMustExist: true });
    this.db.pragma("query_only = ON");
    this.db.pragma("busy_timeout = 5000");
    // Enough page cache to keep the attendees table in memory across 1,000 partner queries.
    this.db.pragma(`cache_size = -${Math.round(cacheKiB)}`);
    this.db.exec("begin");
    // The snapshot is taken by the first read, not by BEGIN: take it now, at request time.
    this.db.prepare("select count(*) from sqlite_schema").get();
  }

  all<T>(sql: string, ...params: Params): T[] {
    return this.statement(sql).all(...params) as T[];
  }

  /** Rows one at a time. close() ends any iteration still open, so it never finds the connection busy. */
  *iterate<T>(sql: string, ...params: Params): Generator<T> {
    const rows = this.statement(sql).iterate(...params) as IterableIterator<T>;
    this.open.add(rows);
    try {
      yield* rows;
    } finally {
      this.open.delete(rows);
    }
  }

  /** Every row as an array of column values: for bounded results (better-sqlite3 builds them in one call). */
  allRaw<T extends unknown[]>(sql: string, ...params: Params): T[] {
    return this.rawStatement(sql).all(...params) as T[];
  }

  /** The first row as an array of column values, or undefined. */
  getRaw<T extends unknown[]>(sql: string, ...params: Params): T | undefined {
    return this.rawStatement(sql).get(...params) as T | undefined;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const rows of this.open) rows.return?.();
    this.open.clear();
    try {
      this.db.exec("commit");
    } finally {
      this.db.close();
    }
  }

  private statement(sql: string): Database.Statement {
    if (this.closed) throw new Error("The export's snapshot is already closed.");
    let statement = this.statements.get(sql);
    if (!statement) this.statements.set(sql, (statement = this.db.prepare(sql)));
    return statement;
  }

  private rawStatement(sql: string): Database.Statement {
    if (this.closed) throw new Error("The export's snapshot is already closed.");
    let statement = this.rawStatements.get(sql);
    if (!statement) this.rawStatements.set(sql, (statement = this.db.prepare(sql).raw(true)));
    return statement;
  }
}
