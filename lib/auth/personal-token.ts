// Attendees' personal-page tokens (/me/<token>), stored like every other token: by their sha256,
// which is what a request is looked up by. The badge's back must still print the token, so a
// copy is kept sealed (AES-256-GCM) under a key that lives outside the database
// (seal-token.ts, page-token-key.ts): the database alone opens no attendee's page (docs/decisions/019).
import { randomToken, sha256Hex } from "../crypto";
import { sealToken, unsealToken } from "./seal-token";

export type StoredPersonalToken = { personalTokenSha256: string; personalTokenSealed: string };

export const personalTokenSha256 = (token: string): string => sha256Hex(token);

/** A new token, and what the database keeps of it. The token itself goes on the badge only. */
export function issuePersonalToken(token = randomToken(32)): { token: string; stored: StoredPersonalToken } {
  return { token, stored: storePersonalToken(token) };
}

export function storePersonalToken(token: string): StoredPersonalToken {
  const sha256 = personalTokenSha256(token);
  return { personalTokenSha256: sha256, personalTokenSealed: sealToken(token, sha256) };
}

/** The token to print on a badge. Throws when the key is not the one that sealed it. */
export function unsealPersonalToken(stored: { personalTokenSha256: string; personalTokenSealed: string | null }): string {
  const token = unsealToken(stored.personalTokenSealed, stored.personalTokenSha256);
  if (token === null) throw new Error("This attendee's personal token has no sealed copy: start Fairlead once (npm start), which seals the tokens of earlier attendees.");
  return token;
}
