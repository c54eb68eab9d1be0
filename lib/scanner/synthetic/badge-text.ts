// Badge codes for the scanner's tests and benchmarks: the same shape as the codes Fairlead
// issues (lib/badges/badge-code.ts), drawn from a seeded sequence so that every run draws the
// same symbols. A claim such as "stock zxing misses this one" then holds or fails for good,
// instead of failing for one random code in a few hundred.
import { ALPHABET, ISSUED_CODE_LENGTH } from "@/lib/badges/badge-code-format";
import { seededRandom } from "@/lib/seeded-random";

/** A source of issued-looking badge codes, the same sequence for the same seed. */
export function badgeCodes(seed: number): () => string {
  const random = seededRandom(seed);
  return () => {
    let code = "";
    for (let i = 0; i < ISSUED_CODE_LENGTH; i++) code += ALPHABET[Math.floor(random() * ALPHABET.length)];
    return code;
  };
}
