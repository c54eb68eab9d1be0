// Badge codes that Fairlead issues: 130 random bits in Crockford base32 (no I, L, O, U),
// 26 characters that fit a QR code's alphanumeric mode. No personal data, not sequential.
import { randomBytes } from "node:crypto";

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const ISSUED_CODE_LENGTH = 26;

// Imports issue 100,000 codes at once: one system call per 240 codes instead of one per code.
const POOL_CODES = 240;
let pool = Buffer.alloc(0);
let offset = 0;

function randomBytes17(): Buffer {
  if (offset + 17 > pool.length) {
    pool = randomBytes(17 * POOL_CODES);
    offset = 0;
  }
  offset += 17;
  return pool.subarray(offset - 17, offset);
}

export function issueBadgeCode(): string {
  const bytes = randomBytes17(); // 136 bits; we use 130
  let bits = 0n;
  for (const b of bytes) bits = (bits << 8n) | BigInt(b);
  let code = "";
  for (let i = 0; i < ISSUED_CODE_LENGTH; i++) {
    code += ALPHABET[Number(bits & 31n)];
    bits >>= 5n;
  }
  return code;
}

/** Groups an issued code for reading aloud or typing: ABCDE-FGHJK-… */
export function formatBadgeCode(code: string): string {
  if (!isIssuedBadgeCode(code)) return code;
  return code.match(/.{1,5}/g)!.join("-").replace(/-(.)$/, "$1");
}

export function isIssuedBadgeCode(code: string): boolean {
  return code.length === ISSUED_CODE_LENGTH && [...code].every((c) => ALPHABET.includes(c));
}

/**
 * The forms a typed or scanned code may stand for, most literal first: the code as given
 * (vendor codes are matched exactly), then the Crockford reading of it (case, separators,
 * and the look-alikes O→0, I/L→1 forgiven).
 */
export function badgeCodeCandidates(input: string): string[] {
  const trimmed = input.trim();
  const crockford = trimmed
    .toUpperCase()
    .replace(/[\s-]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  return trimmed === crockford ? [trimmed] : [trimmed, crockford];
}
