// The one way Fairlead turns an email into what a suppression entry carries, so a partner can
// match it without Fairlead keeping the address (docs/decisions/027). Normalised as the Email
// field (lib/fields.ts) stores it: trimmed and lowercased, nothing more (no dropping of dots or
// "+tags": providers differ, and a partner must be able to reproduce it from what it holds).
import { sha256Hex } from "../crypto";

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Lowercase hex SHA-256 of the normalised email's UTF-8 bytes (`printf '%s' "$email" | sha256sum` once trimmed and lowercased). */
export const emailSha256 = (email: string): string => sha256Hex(normaliseEmail(email));
