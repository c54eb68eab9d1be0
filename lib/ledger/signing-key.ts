// The Ed25519 key that signs ledger checkpoints. It lives in a file outside the database (by
// default beside it), so that whoever holds a copy of the database alone cannot sign a rewritten
// ledger (docs/decisions/020-signed-checkpoints.md). Created at first start with mode 0600; a
// key file that others may read, or that cannot be read, stops signing with a message naming it.
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { databasePath } from "@/db/client";
import { loadConfig } from "../config";

export type SigningKey = { privateKey: KeyObject; publicKey: KeyObject; keyId: string };

export class SigningKeyError extends Error {}

/** FAIRLEAD_SIGNING_KEY, or the database file's path + ".signing-key". */
export function signingKeyPath(env: NodeJS.ProcessEnv = process.env): string {
  const configured = loadConfig(env).FAIRLEAD_SIGNING_KEY;
  return path.resolve(/*turbopackIgnore: true*/ configured ?? `${databasePath()}.signing-key`);
}

/** A short, stable name of a public key: the first 16 hex digits of its SPKI DER's sha256. */
export function keyIdOf(publicKey: KeyObject): string {
  return `ed25519-${createHash("sha256").update(publicKey.export({ type: "spki", format: "der" })).digest("hex").slice(0, 16)}`;
}

function create(file: string): void {
  const { privateKey } = generateKeyPairSync("ed25519");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // "wx": never overwrite a key another process created meanwhile; mode set at creation, not after.
  try {
    fs.writeFileSync(file, privateKey.export({ type: "pkcs8", format: "pem" }), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw new SigningKeyError(`Cannot create the signing key ${file}: ${(error as Error).message}`);
  }
}

/** Reads the key at `file`, creating it when missing (unless `create` is false). Throws SigningKeyError with a message for the operator. */
export function readSigningKey(file: string, { create: createMissing = true } = {}): SigningKey {
  if (!fs.existsSync(file)) {
    if (!createMissing) throw new SigningKeyError(`The signing key ${file} does not exist. Restore it from its backup (or set FAIRLEAD_SIGNING_KEY to where it is).`);
    create(file);
  }
  let pem: string;
  try {
    const mode = fs.statSync(file).mode & 0o777;
    if (process.platform !== "win32" && (mode & 0o077) !== 0) {
      throw new SigningKeyError(
        `The signing key ${file} has mode ${mode.toString(8).padStart(4, "0")}: others may read it. Fix it with \`chmod 600 ${file}\`; checkpoints are not signed until then.`,
      );
    }
    pem = fs.readFileSync(file, "utf8");
  } catch (error) {
    if (error instanceof SigningKeyError) throw error;
    throw new SigningKeyError(`Cannot read the signing key ${file}: ${(error as Error).message}`);
  }
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(pem);
  } catch {
    throw new SigningKeyError(`The signing key ${file} is not a PEM private key.`);
  }
  if (privateKey.asymmetricKeyType !== "ed25519") throw new SigningKeyError(`The signing key ${file} is not an Ed25519 key.`);
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, keyId: keyIdOf(publicKey) };
}

const cache = new Map<string, SigningKey>();

/** The configured key, read once per process (per path). */
export function signingKey(): SigningKey {
  const file = signingKeyPath();
  let key = cache.get(file);
  if (!key) {
    key = readSigningKey(file);
    cache.set(file, key);
  }
  return key;
}
