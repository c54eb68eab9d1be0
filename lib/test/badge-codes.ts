// Badge codes for tests that draw symbols and read them back: the same shape as the codes
// Fairlead issues (lib/badges/badge-code.ts), drawn from a seeded sequence so that every run
// draws the same symbols. zxing-js misses about one perfectly square QR code in a hundred (and
// reads a small Code 128 now and then that it usually misses): with random codes, a claim such
// as "this is read" or "stock zxing misses this" failed for one run in a hundred or so.
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
