// Bulk loads for benchmarks and demo data: the SQLite pragmas that trade durability for speed
// while a script writes a million rows, kept here so no script reaches the driver itself.
// PostgreSQL: `set synchronous_commit = off` for the session, and COPY instead of inserts;
// `session_replication_role = replica` skips the foreign-key triggers.
import { max, sql } from "drizzle-orm";
import type { Db } from "./client";
import { consentEvents, mailLedgerCursor, partners, partnerVisits as v, scans as s } from "./schema";

export type BulkLoadOptions = {
  /**
   * false: no foreign-key checks while loading (openDatabase turns them on; they are back on
   * before bulkLoad returns). For a builder that writes a throw-away file whose references it
   * makes itself, parents first: each check is an index probe per reference, per row. SQLite
   * ignores the pragma inside a transaction, so bulkLoad must then be called outside one.
   */
  foreignKeys?: boolean;
  /** SQLite's page cache while loading, in KiB (the indexes of a million rows fit in 256 MB); the connection's own is back afterwards. */
  cacheKiB?: number;
};

/**
 * Runs `load` with synchronous=OFF (a power cut may lose the load, never the app's own
 * acknowledged writes: FULL is back before this returns), then checkpoints the WAL into the
 * main file so the timings that follow read one file, as a long-running server would.
 */
export function bulkLoad<T>(db: Db, load: () => T, { foreignKeys = true, cacheKiB }: BulkLoadOptions = {}): T {
  const client = db.$client;
  if (!foreignKeys && client.inTransaction) throw new Error("bulkLoad without foreign keys must start outside a transaction");
  const cacheBefore = client.pragma("cache_size", { simple: true }) as number;
  if (!foreignKeys) client.pragma("foreign_keys = OFF");
  client.pragma("synchronous = OFF");
  if (cacheKiB !== undefined) client.pragma(`cache_size = -${Math.round(cacheKiB)}`);
  try {
    return load();
  } finally {
    client.pragma("synchronous = FULL");
    if (!foreignKeys) client.pragma("foreign_keys = ON");
    if (cacheKiB !== undefined) client.pragma(`cache_size = ${cacheBefore}`);
    client.pragma("wal_checkpoint(TRUNCATE)");
  }
}

/**
 * Rebuilds an event's visit briefs (partner_visits) from its scans, for bulk loads that bypass
 * lib/scans/partner-visits.ts countVisit; a later scan wins a tie, as there. Raw SQL because
 * drizzle's query builder has no window functions; the names still come from the schema.
 */
export function rebuildVisits(db: Db, eventId: number): void {
  db.transaction(() => {
    db.run(sql`delete from ${v} where ${v.partnerId} in (select ${partners.id} from ${partners} where ${partners.eventId} = ${eventId})`);
    db.run(sql`
      insert into ${v} (partner_id, attendee_id, first_at, last_at, last_device_id, visits)
      select partner_id, attendee_id, first_at, last_at, device_id, visits from (
        select ${s.partnerId} as partner_id, ${s.attendeeId} as attendee_id, ${s.deviceId} as device_id,
          min(${s.scannedAt}) over w as first_at, max(${s.scannedAt}) over w as last_at, count(*) over w as visits,
          row_number() over (partition by ${s.partnerId}, ${s.attendeeId} order by ${s.scannedAt} desc, ${s}.rowid desc) as rn
        from ${s} where ${s.eventId} = ${eventId}
        window w as (partition by ${s.partnerId}, ${s.attendeeId})
      ) where rn = 1`);
  });
}

/**
 * For bulk loads that write made-up decisions straight into the ledger: the mail sender, which
 * mails the ledger's new rows (lib/mail/enqueue-ledger-mail.ts), is to mail none of them, as
 * none was enqueued through a decision. Moves its cursor to the ledger's end; call after the load.
 */
export function skipLedgerMail(db: Db): void {
  const end = db.select({ id: max(consentEvents.id) }).from(consentEvents).get()?.id ?? 0;
  db.insert(mailLedgerCursor).values({ id: 1, consentId: end }).onConflictDoUpdate({ target: mailLedgerCursor.id, set: { consentId: end } }).run();
}
