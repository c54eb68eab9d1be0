// The shape of Fairlead badge codes, without the means to make them: pure, so that the booth
// phone's scanner can check a read before sending it (lib/badges/payload.ts) without pulling
// node:crypto into the browser. badge-code.ts issues codes and re-exports these.

export const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const ISSUED_CODE_LENGTH = 26;

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
