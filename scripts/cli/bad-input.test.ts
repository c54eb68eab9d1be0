// Bad input through the real command line (issue 11, acceptance): a receipt file that is missing
// or not JSON, a checkpoints URL that does not answer, a signing key others may read or that is
// missing. Each gives a clear message on stderr and a non-zero exit, and changes nothing: the
// database file's bytes stay as they were, and no key is made where there was none.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { before, test } from "node:test";
import { getDb } from "@/db/client";
import { OPERATOR } from "@/lib/auth/actor";
import { getReceipt } from "@/lib/consent/receipts/get-receipt";
import { receiptDownload } from "@/lib/consent/receipts/receipt-download";
import { signingKeyPath } from "@/lib/ledger/signing-key";
import { writeCheckpoint } from "@/lib/ledger/write-checkpoint";
import { useTestDatabase } from "@/lib/test/db";
import { decideAtBooth } from "@/lib/test/decide";
import { makeDevice, makeEvent, type TestEvent } from "@/lib/test/fixtures";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fairlead-bad-input-"));
let dbFile = "";
let event: TestEvent;
let receiptFile = "";

before(async () => {
  dbFile = useTestDatabase();
  event = makeEvent({ attendeeCount: 2 });
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  const ids = event.attendees.map((a) => decideAtBooth(device, a.badgeCode, "share").result.consentId);
  writeCheckpoint(event.eventId, new Date()); // creates the key beside the database, mode 0600
  receiptFile = path.join(dir, "receipt.json");
  fs.writeFileSync(receiptFile, await receiptDownload(ids[0]!, getReceipt(OPERATOR, ids[0]!).receipt).text());
  getDb().$client.pragma("wal_checkpoint(TRUNCATE)"); // all in the main file: any later write would show in its bytes or the WAL's
});

/** The CLI (or `npm start`'s script) as its own process, with the test database. */
function run(script: string, args: string[], env: Record<string, string> = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", script, ...args], { env: { ...process.env, FAIRLEAD_DB: dbFile, ...env } });
    let [stdout, stderr] = ["", ""];
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill(), 60_000);
    child.on("close", (status) => (clearTimeout(timer), resolve({ status, stdout, stderr })));
  });
}
const cli = (...args: string[]) => run("scripts/fairlead.ts", args);

const bytes = (file: string) => (fs.existsSync(file) ? createHash("sha256").update(fs.readFileSync(file)).digest("hex") : "none");
/** The database as files: its main file and its WAL (emptied in before()). */
const databaseBytes = () => [bytes(dbFile), bytes(`${dbFile}-wal`)].join(" ");

test("[CLI] verify-receipt with a missing file, or one that is not JSON: a clear message on stderr, exit 2, no database opened", async () => {
  const noDatabase = path.join(dir, "never-made.db");
  const missing = await run("scripts/fairlead.ts", ["verify-receipt", "--file", path.join(dir, "no-such-receipt.json")], { FAIRLEAD_DB: noDatabase });
  assert.equal(missing.status, 2, missing.stderr);
  assert.match(missing.stderr, /Cannot read the receipt .*no-such-receipt\.json: ENOENT\./);
  assert.equal(missing.stdout, "");
  assert.equal(fs.existsSync(noDatabase), false, "verify-receipt needs no database and makes none");

  const notJson = path.join(dir, "scan.pdf.json");
  fs.writeFileSync(notJson, "%PDF-1.7 a scan of a receipt");
  const junk = await run("scripts/fairlead.ts", ["verify-receipt", "--file", notJson], { FAIRLEAD_DB: noDatabase });
  assert.equal(junk.status, 2);
  assert.match(junk.stderr, /verify-receipt: The receipt .*scan\.pdf\.json is not JSON\./);
  assert.equal(fs.existsSync(noDatabase), false);

  const noFlag = await cli("verify-receipt");
  assert.equal(noFlag.status, 2);
  assert.match(noFlag.stderr, /--file is required/);
});

test("[CLI] verify-receipt with a checkpoints URL that refuses the connection, or accepts it and never answers: exit 2, saying which", async () => {
  const closed = http.createServer();
  await new Promise<void>((done) => closed.listen(0, "127.0.0.1", done));
  const refused = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/api/events/x/checkpoints`;
  await new Promise((done) => closed.close(done));
  const dead = await cli("verify-receipt", "--file", receiptFile, "--checkpoints", refused);
  assert.equal(dead.status, 2);
  assert.match(dead.stderr, /The checkpoints at http:\/\/127\.0\.0\.1:\d+\/api\/events\/x\/checkpoints could not be fetched \(ECONNREFUSED\)\. Check the address, or pass a saved copy as a file\./);

  // A server that takes the request and says nothing: the CLI gives up after its timeout.
  const silent = http.createServer(() => {});
  await new Promise<void>((done) => silent.listen(0, "127.0.0.1", done));
  try {
    const hung = await cli("verify-receipt", "--file", receiptFile, "--checkpoints", `http://127.0.0.1:${(silent.address() as AddressInfo).port}/checkpoints`);
    assert.equal(hung.status, 2);
    assert.match(hung.stderr, /could not be fetched \(.*(timeout|aborted).*\)/i);
  } finally {
    silent.closeAllConnections();
    silent.close();
  }
});

test("[CLI] verify-ledger with a signing key of mode 0644: exit 2 naming the fix; the key and the database unchanged", async () => {
  const keyFile = signingKeyPath();
  assert.equal(keyFile, `${dbFile}.signing-key`);
  const ok = await cli("verify-ledger", "--event", event.slug);
  assert.equal(ok.status, 0, ok.stderr);
  const [db, key] = [databaseBytes(), bytes(keyFile)];
  fs.chmodSync(keyFile, 0o644);
  try {
    const open = await cli("verify-ledger", "--event", event.slug);
    assert.equal(open.status, 2);
    assert.match(open.stderr, new RegExp(`verify-ledger: The signing key .*\\.signing-key has mode 0644: others may read it\\. Fix it with \`chmod 600 .*\``));
    assert.equal(open.stdout, "", "no verdict on a ledger whose checkpoints could not be checked");
    assert.equal(fs.statSync(keyFile).mode & 0o777, 0o644, "the CLI does not change the key's mode behind the operator's back");
    assert.equal(bytes(keyFile), key);
    assert.equal(databaseBytes(), db, "the database file's bytes are unchanged");
  } finally {
    fs.chmodSync(keyFile, 0o600);
  }
});

test("[CLI] verify-ledger with the signing key missing: exit 2, asks for the backup, makes no new key", async () => {
  const keyFile = signingKeyPath();
  const db = databaseBytes();
  const away = `${keyFile}.away`;
  fs.renameSync(keyFile, away);
  try {
    const missing = await cli("verify-ledger", "--event", event.slug);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /The signing key .* does not exist, so the checkpoints' signatures cannot be checked\. Restore it from its backup/);
    assert.equal(fs.existsSync(keyFile), false, "no key made in its place: it would sign nothing that exists");
    assert.equal(databaseBytes(), db);
  } finally {
    fs.renameSync(away, keyFile);
  }
});

test("[CLI] npm start with a signing key of mode 0644 refuses to start, before building or serving; the key unchanged", async () => {
  const keyFile = signingKeyPath();
  const key = bytes(keyFile);
  fs.chmodSync(keyFile, 0o644);
  try {
    // A port nothing listens on: should it start after all, the test fails rather than serving.
    const start = await run("scripts/start.ts", [], { PORT: "1", FAIRLEAD_SEED_DEMO: "false" });
    assert.equal(start.status, 1, start.stdout + start.stderr);
    assert.match(start.stderr, /Fairlead cannot start: The signing key .* has mode 0644: others may read it\. Fix it with `chmod 600/);
    assert.doesNotMatch(start.stdout, /Building/);
    assert.equal(fs.statSync(keyFile).mode & 0o777, 0o644);
    assert.equal(bytes(keyFile), key);
  } finally {
    fs.chmodSync(keyFile, 0o600);
  }
});
