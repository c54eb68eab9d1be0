// Attendees' personal-page tokens (/me/<token>), stored like every other token: by their sha256,
// which is what a request is looked up by. The badge's back must still print the token, so a
// copy is kept sealed (AES-256-GCM) under a key that lives outside the database
// (page-token-key.ts): the database alone opens no attendee's page (docs/decisions/019).
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { randomToken, sha256Hex } from "../crypto";
import { pageTokenKey } from "./page-token-key";

export type StoredPersonalToken = { personalTokenSha256: string; personalTokenSealed: string };

const VERSION = "v1.";

export const personalTokenSha256 = (token: string): string => sha256Hex(token);

/** A new token, and what the database keeps of it. The token itself goes on the badge only. */
export function issuePersonalToken(token = randomToken(32)): { token: string; stored: StoredPersonalToken } {
  return { token, stored: storePersonalToken(token) };
}

export function storePersonalToken(token: string): StoredPersonalToken {
  const sha256 = personalTokenSha256(token);
  const iv = randomBytes(12);
  // The hash is the associated data: a sealed copy moved to another row does not open.
  const cipher = createCipheriv("aes-256-gcm", pageTokenKey(), iv).setAAD(Buffer.from(sha256));
  const sealed = Buffer.concat([iv, cipher.update(token, "utf8"), cipher.final(), cipher.getAuthTag()]);
  return { personalTokenSha256: sha256, personalTokenSealed: VERSION + sealed.toString("base64url") };
}

/** The token to print on a badge. Throws when the key is not the one that sealed it. */
export function unsealPersonalToken(stored: { personalTokenSha256: string; personalTokenSealed: string | null }): string {
  const sealed = stored.personalTokenSealed;
  if (!sealed?.startsWith(VERSION)) throw new Error("This attendee's personal token has no sealed copy: start Fairlead once (npm start), which seals the tokens of earlier attendees.");
  const bytes = Buffer.from(sealed.slice(VERSION.length), "base64url");
  const decipher = createDecipheriv("aes-256-gcm", pageTokenKey(), bytes.subarray(0, 12)).setAAD(Buffer.from(stored.personalTokenSha256));
  decipher.setAuthTag(bytes.subarray(bytes.length - 16));
  try {
    return Buffer.concat([decipher.update(bytes.subarray(12, bytes.length - 16)), decipher.final()]).toString("utf8");
  } catch {
    throw new Error("A personal token cannot be unsealed: the personal-page key is not the one it was sealed with. Restore the key from its backup.");
  }
}
