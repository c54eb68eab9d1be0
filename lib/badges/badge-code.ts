// Badge codes that Fairlead issues: 130 random bits in Crockford base32 (no I, L, O, U),
// 26 characters that fit a QR code's alphanumeric mode. No personal data, not sequential.
import { randomBytes } from "node:crypto";
import { ALPHABET, ISSUED_CODE_LENGTH } from "./badge-code-format";

// The pure half lives apart so the booth phone's scanner can use it without node:crypto.
export { badgeCodeCandidates, formatBadgeCode, isIssuedBadgeCode, ISSUED_CODE_LENGTH } from "./badge-code-format";

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
