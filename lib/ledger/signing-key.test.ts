import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { SigningKeyError, readSigningKey } from "./signing-key";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fairlead-key-"));

test("[LEDGER] a missing key is created with mode 0600 and read back as the same key", () => {
  const file = path.join(dir, "keys", "new.signing-key");
  const made = readSigningKey(file);
  assert.equal(fs.statSync(file).mode & 0o777, 0o600);
  assert.match(made.keyId, /^ed25519-[0-9a-f]{16}$/);
  assert.equal(readSigningKey(file).keyId, made.keyId);
});

test("[LEDGER] a key others may read is refused, and left as it was", () => {
  const file = path.join(dir, "open.signing-key");
  readSigningKey(file);
  fs.chmodSync(file, 0o644);
  const before = fs.readFileSync(file, "utf8");
  assert.throws(() => readSigningKey(file), (e: unknown) => e instanceof SigningKeyError && /mode 0644: others may read it.*chmod 600/.test(e.message));
  assert.equal(fs.readFileSync(file, "utf8"), before);
  assert.equal(fs.statSync(file).mode & 0o777, 0o644);
});

test("[LEDGER] a missing key is not created when asked not to, and a file that is no key is refused", () => {
  const missing = path.join(dir, "missing.signing-key");
  assert.throws(() => readSigningKey(missing, { create: false }), (e: unknown) => e instanceof SigningKeyError && /does not exist/.test(e.message));
  assert.equal(fs.existsSync(missing), false);
  const junk = path.join(dir, "junk.signing-key");
  fs.writeFileSync(junk, "not a key", { mode: 0o600 });
  assert.throws(() => readSigningKey(junk), (e: unknown) => e instanceof SigningKeyError && /not a PEM private key/.test(e.message));
});
