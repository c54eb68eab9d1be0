// purge as an operator runs it: --dry-run prints the counts and changes nothing; the run erases,
// prints the same counts, and verify-ledger still passes.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { before, test } from "node:test";
import { count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { attendees, events } from "@/db/schema";
import { useTestDatabase } from "@/lib/test/db";
import { decideAtBooth } from "@/lib/test/decide";
import { makeDevice, makeEvent, type TestEvent } from "@/lib/test/fixtures";

let dbFile = "";
let event: TestEvent;

before(() => {
  dbFile = useTestDatabase();
  event = makeEvent({ attendeeCount: 3 });
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  for (const a of event.attendees) decideAtBooth(device, a.badgeCode, "share");
  getDb().update(events).set({ endsOn: "2020-01-31", retentionDays: 30 }).where(eq(events.id, event.eventId)).run();
});

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/fairlead.ts", ...args], { env: { ...process.env, FAIRLEAD_DB: dbFile }, encoding: "utf8", timeout: 30_000 });
  return { status: run.status, out: run.stdout + run.stderr };
}
const erased = () => getDb().select({ email: attendees.email }).from(attendees).where(eq(attendees.eventId, event.eventId)).all().filter((a) => a.email === "").length;

test("[RETENTION] npm run fairlead -- purge --dry-run counts; purge erases and the ledger still verifies", () => {
  const dry = cli("purge", "--event", event.slug, "--dry-run");
  assert.equal(dry.status, 0, dry.out);
  assert.match(dry.out, new RegExp(`${event.slug}: would erase 3 attendees; 3 standing shares lapsed, 3 partner suppression entries`));
  assert.match(dry.out, /Dry run: nothing was changed\./);
  assert.equal(erased(), 0, "the dry run erased nobody");

  const run = cli("purge", "--event", event.slug);
  assert.equal(run.status, 0, run.out);
  assert.match(run.out, new RegExp(`${event.slug}: erased 3 attendees; 3 standing shares lapsed`));
  assert.equal(erased(), 3);
  assert.equal(getDb().select({ n: count() }).from(attendees).where(eq(attendees.eventId, event.eventId)).get()!.n, 3, "rows stay");

  const verify = cli("verify-ledger", "--event", event.slug);
  assert.equal(verify.status, 0, verify.out);
  assert.match(verify.out, /: ok \(6 rows; standing decisions match/);
  assert.equal(cli("purge", "--event", "nope").status, 1);
});
