// A token kept sealed (AES-256-GCM) under the page key (page-token-key.ts), which lives outside
// the database: a copy of the database alone opens nothing (docs/decisions/019). The associated
// data is the token's sha256, the column a request looks it up by, so a sealed copy moved to
// another row does not open. Attendees' personal tokens (personal-token.ts) and the links of
// invitation emails waiting to be sent (docs/decisions/038) are sealed this way.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { pageTokenKey } from "./page-token-key";

const VERSION = "v1.";

export function sealToken(token: string, sha256: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", pageTokenKey(), iv).setAAD(Buffer.from(sha256));
  const sealed = Buffer.concat([iv, cipher.update(token, "utf8"), cipher.final(), cipher.getAuthTag()]);
  return VERSION + sealed.toString("base64url");
}

/** The token, or null when there is no sealed copy; throws when the key is not the one that sealed it. */
export function unsealToken(sealed: string | null, sha256: string): string | null {
  if (!sealed?.startsWith(VERSION)) return null;
  const bytes = Buffer.from(sealed.slice(VERSION.length), "base64url");
  const decipher = createDecipheriv("aes-256-gcm", pageTokenKey(), bytes.subarray(0, 12)).setAAD(Buffer.from(sha256));
  decipher.setAuthTag(bytes.subarray(bytes.length - 16));
  try {
    return Buffer.concat([decipher.update(bytes.subarray(12, bytes.length - 16)), decipher.final()]).toString("utf8");
  } catch {
    throw new Error("A sealed token cannot be unsealed: the personal-page key is not the one it was sealed with. Restore the key from its backup.");
  }
}
