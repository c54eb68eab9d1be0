// verify-receipt and verify-ledger as an auditor and an operator run them: the receipt file as
// downloaded, the checkpoints fetched from the public route served over real HTTP.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { after, before, test } from "node:test";
import { OPERATOR } from "@/lib/auth/actor";
import { getReceipt } from "@/lib/consent/receipts/get-receipt";
import { receiptDownload } from "@/lib/consent/receipts/receipt-download";
import { signingKeyPath } from "@/lib/ledger/signing-key";
import { writeCheckpoint } from "@/lib/ledger/write-checkpoint";
import { useTestDatabase } from "@/lib/test/db";
import { decideAtBooth } from "@/lib/test/decide";
import { makeDevice, makeEvent, type TestEvent } from "@/lib/test/fixtures";
import { publicCheckpoints } from "@/lib/ledger/public-checkpoints";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fairlead-receipt-cli-"));
let dbFile = "";
let event: TestEvent;
let receiptFile = "";
let server: http.Server;
let base = "";

before(async () => {
  dbFile = useTestDatabase();
  event = makeEvent({ attendeeCount: 3 });
  const device = makeDevice(event.eventId, event.partners[0]!.id);
  const ids = event.attendees.map((a) => decideAtBooth(device, a.badgeCode, "share").result.consentId);
  writeCheckpoint(event.eventId, new Date());
  receiptFile = path.join(dir, "receipt.json");
  fs.writeFileSync(receiptFile, await receiptDownload(ids[1]!, getReceipt(OPERATOR, ids[1]!).receipt).text());
  // What the public route (app/api/events/[slug]/checkpoints, "server-only") answers, over real HTTP.
  server = http.createServer((req, res) => {
    const slug = decodeURIComponent(/^\/api\/events\/([^/]+)\/checkpoints$/.exec(req.url ?? "")?.[1] ?? "");
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(publicCheckpoints(slug)));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => server.close());

async function cli(...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/fairlead.ts", ...args], {
      env: { ...process.env, FAIRLEAD_DB: dbFile },
      timeout: 30_000,
    });
    return { status: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { status: e.code, out: e.stdout + e.stderr };
  }
}

test("[RECEIPT] verify-receipt passes a downloaded receipt against the checkpoints fetched from the public URL", async () => {
  const url = `${base}/api/events/${event.slug}/checkpoints`;
  const published = (await (await fetch(url)).json()) as { key: { kid: string }; checkpoints: unknown[] };
  assert.equal(published.checkpoints.length, 1);
  assert.match(published.key.kid, /^ed25519-/);
  const run = await cli("verify-receipt", "--file", receiptFile, "--checkpoints", url);
  assert.equal(run.status, 0, run.out);
  assert.match(run.out, /checkpoint \d+ is one the event publishes/);
  assert.match(run.out, /the receipt verifies/);
  assert.match(run.out, new RegExp(`ok: the receipt is signed \\(JWS, EdDSA\\) by key ${published.key.kid}`));
  // A saved copy of the checkpoints does as well.
  const saved = path.join(dir, "checkpoints.json");
  fs.writeFileSync(saved, JSON.stringify(published));
  assert.equal((await cli("verify-receipt", "--file", receiptFile, "--checkpoints", saved)).status, 0);
});

test("[RECEIPT] verify-receipt exits non-zero on a tampered receipt, a file that is not JSON, a URL that does not answer", async () => {
  const tampered = path.join(dir, "tampered.json");
  const receipt = JSON.parse(fs.readFileSync(receiptFile, "utf8")) as { event: { state: string }[] };
  receipt.event[0]!.state = "refused";
  fs.writeFileSync(tampered, JSON.stringify(receipt));
  const bad = await cli("verify-receipt", "--file", tampered);
  assert.equal(bad.status, 1, bad.out);
  assert.match(bad.out, /FAILED: the receipt says "refused"/);

  // A field no ledger row covers (the partner's legal name): the receipt's own JWS catches it.
  const renamed = JSON.parse(fs.readFileSync(receiptFile, "utf8")) as { party_identification: { party_legal_name: string | null }[] };
  renamed.party_identification[0]!.party_legal_name = "Someone Else GmbH";
  fs.writeFileSync(tampered, JSON.stringify(renamed));
  const resigned = await cli("verify-receipt", "--file", tampered, "--checkpoints", `${base}/api/events/${event.slug}/checkpoints`);
  assert.equal(resigned.status, 1, resigned.out);
  assert.match(resigned.out, /FAILED: the receipt's signature does not verify with key ed25519-[0-9a-f]{16}: a field was changed/);

  const notJson = path.join(dir, "not.json");
  fs.writeFileSync(notJson, "%PDF-1.7 this is no receipt");
  const junk = await cli("verify-receipt", "--file", notJson);
  assert.equal(junk.status, 2);
  assert.match(junk.out, /The receipt .*not\.json is not JSON\./);

  const closed = http.createServer();
  await new Promise<void>((done) => closed.listen(0, "127.0.0.1", done));
  const deadUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/api/events/x/checkpoints`;
  await new Promise((done) => closed.close(done));
  const dead = await cli("verify-receipt", "--file", receiptFile, "--checkpoints", deadUrl);
  assert.equal(dead.status, 2);
  assert.match(dead.out, /could not be fetched \(ECONNREFUSED\)/);
});

test("[LEDGER] verify-ledger refuses a signing key others may read, and a missing one, changing nothing", async () => {
  const keyFile = signingKeyPath();
  assert.equal(keyFile, `${dbFile}.signing-key`);
  const ok = await cli("verify-ledger", "--event", event.slug);
  assert.equal(ok.status, 0, ok.out);
  assert.match(ok.out, /1 signed checkpoints/);

  fs.chmodSync(keyFile, 0o640);
  const open = await cli("verify-ledger", "--event", event.slug);
  assert.equal(open.status, 2);
  assert.match(open.out, /has mode 0640: others may read it/);
  assert.equal(fs.statSync(keyFile).mode & 0o777, 0o640);

  const moved = `${keyFile}.away`;
  fs.renameSync(keyFile, moved);
  try {
    const missing = await cli("verify-ledger", "--event", event.slug);
    assert.equal(missing.status, 2);
    assert.match(missing.out, /signing key .* does not exist.*Restore it from its backup/);
    assert.equal(fs.existsSync(keyFile), false, "no new key was made in its place");
  } finally {
    fs.renameSync(moved, keyFile);
    fs.chmodSync(keyFile, 0o600);
  }
});
