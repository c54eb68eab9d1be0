// verify-ledger as an operator runs it, against a ledger edited directly in the SQLite file.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { before, test } from "node:test";
import { getDb } from "@/db/client";
import { useTestDatabase } from "@/lib/test/db";
import { decideAtBooth } from "@/lib/test/decide";
import { makeDevice, makeEvent, type TestEvent } from "@/lib/test/fixtures";

let dbFile = "";
let event: TestEvent;
let ids: number[] = [];

before(() => {
  dbFile = useTestDatabase();
  event = makeEvent({ attendeeCount: 3 });
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  ids = event.attendees.map((a) => decideAtBooth(device, a.badgeCode, "share").result.consentId);
});

function verify() {
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/fairlead.ts", "verify-ledger", "--event", event.slug], {
    env: { ...process.env, FAIRLEAD_DB: dbFile },
    encoding: "utf8",
    timeout: 30_000,
  });
  return { status: run.status, out: run.stdout + run.stderr };
}

test("[LEDGER] verify-ledger passes a clean ledger, then fails and names a row edited in the SQLite file", () => {
  const clean = verify();
  assert.equal(clean.status, 0, clean.out);
  assert.match(clean.out, new RegExp(`${event.slug}: ok \\(3 rows; standing decisions match; `));

  // Someone with the file removes the guard and turns a share into a decline.
  const sqlite = getDb().$client;
  sqlite.exec("drop trigger consent_events_append_only_update");
  sqlite.prepare("update consent_events set action = 'decline' where id = ?").run(ids[1]);

  const tampered = verify();
  assert.equal(tampered.status, 1);
  assert.match(tampered.out, new RegExp(`FAILED at consent row ${ids[1]}: row ${ids[1]} was changed after it was written`));
});
