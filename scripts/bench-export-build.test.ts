import assert from "node:assert/strict";
import { test } from "node:test";
import { count, eq, sql } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { attendees, consentEvents, currentConsent, exports, partners, partnerVisits, scans } from "@/db/schema";
import { useTestDatabase } from "@/lib/test/db";
import { buildShow } from "./bench-export-build";

test("[DB] the benchmark show is built as asked, every reference holds though the checks were off, and they are back on", () => {
  useTestDatabase();
  const db = getDb();
  const show = buildShow(db, { attendees: 200, partners: 20, scans: 1_000, consentEvents: 600 });
  const rows = (table: typeof partners | typeof attendees | typeof scans | typeof consentEvents | typeof exports) =>
    db.select({ n: count() }).from(table).where(eq(table.eventId, show.eventId)).get()!.n;
  assert.deepEqual(show.counts, { partners: rows(partners), attendees: rows(attendees), scans: rows(scans), consentEvents: rows(consentEvents) });
  // Visits are drawn at random: about the scans and decisions asked for, never more.
  assert.deepEqual({ partners: show.counts.partners, attendees: show.counts.attendees }, { partners: 20, attendees: 200 });
  assert.ok(show.counts.scans > 950 && show.counts.scans <= 1_000, `${show.counts.scans} scans`);
  assert.ok(show.counts.consentEvents > 500 && show.counts.consentEvents <= 600, `${show.counts.consentEvents} consent events`);
  assert.equal(rows(exports), 20);

  assert.deepEqual(db.all(sql`pragma foreign_key_check`), []);
  assert.equal(db.get<{ foreign_keys: number }>(sql`pragma foreign_keys`).foreign_keys, 1);
  assert.equal(db.get<{ synchronous: number }>(sql`pragma synchronous`).synchronous, 2);

  const scan = db.select().from(scans).limit(1).get()!;
  assert.equal(scan.receivedAt.getTime() - scan.scannedAt.getTime(), 1500);
  const withdrawals = db.select({ n: count() }).from(consentEvents).where(eq(consentEvents.action, "withdraw")).get()!.n;
  assert.ok(withdrawals > 0, "some shares are withdrawn after the earlier export");
  // The projections were rebuilt: one standing decision per decided pair, one brief per visited pair.
  const pairs = (column: typeof consentEvents.partnerId | typeof scans.partnerId, of: typeof consentEvents | typeof scans) =>
    db.select({ n: sql<number>`count(distinct ${column} || '-' || ${of.attendeeId})` }).from(of).get()!.n;
  assert.equal(db.select({ n: count() }).from(currentConsent).get()!.n, pairs(consentEvents.partnerId, consentEvents));
  assert.equal(db.select({ n: count() }).from(partnerVisits).get()!.n, pairs(scans.partnerId, scans));
  closeDb();
});
