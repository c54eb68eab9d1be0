// The drawing's ranking, pure: the server's draw and `npm run fairlead -- recompute-drawing`
// both use it, and anyone can redo it with sha256sum and openssl (see ALGORITHM). No database
// here, on purpose: recomputing a published result must need nothing but the published JSON.
// The key that ranks is not the committed seed alone: it mixes in values that exist only after
// the freeze (docs/decisions/026), so nobody, the organizer included, knows it before then.
import { createHash, createHmac, randomBytes } from "node:crypto";

export const ALGORITHM =
  "Commitment: SHA-256 of the seed, the seed being its 64-character lowercase hex string taken as UTF-8 text. " +
  "Draw key: SHA-256 (lowercase hex) of the UTF-8 text of the JSON array [\"fairlead-draw/2\", seed, beacon randomness, " +
  "then each witness's value in the order the rules name the witnesses], written without spaces. " +
  "Score of a leaf: HMAC-SHA256 with the draw key's hex string (as UTF-8) as the key and the leaf's hex string as the " +
  "message, in lowercase hex. The winners are the frozen leaves with the lowest scores, in ascending order of score " +
  "(ties, which do not happen in practice, go to the lower leaf).";

const HEX64 = /^[0-9a-f]{64}$/;

/** A fresh secret seed: 32 random bytes as lowercase hex. */
export function newSeed(): string {
  return randomBytes(32).toString("hex");
}

export function isSeed(value: string): boolean {
  return HEX64.test(value);
}

/** What is published before the draw: sha256 of the seed's hex string. */
export function seedCommitment(seed: string): string {
  return createHash("sha256").update(seed, "utf8").digest("hex");
}

/** The ranking key: the committed seed with the beacon's randomness and the witnesses' values. */
export function drawKey(seed: string, beaconRandomness: string, witnessValues: readonly string[]): string {
  return createHash("sha256").update(JSON.stringify(["fairlead-draw/2", seed, beaconRandomness, ...witnessValues]), "utf8").digest("hex");
}

export function entryScore(key: string, item: number | string): string {
  return createHmac("sha256", Buffer.from(key, "utf8")).update(String(item), "utf8").digest("hex");
}

export type Ranked<T> = { entryId: T; score: string };

/** Every item (a leaf, or an entry number) with its score, best (lowest) first. Input order does not matter. */
export function rankEntries<T extends number | string>(key: string, items: readonly T[]): Ranked<T>[] {
  const tie = (a: T, b: T) => (typeof a === "number" && typeof b === "number" ? a - b : String(a) < String(b) ? -1 : 1);
  return items
    .map((entryId) => ({ entryId, score: entryScore(key, entryId) }))
    .sort((a, b) => (a.score < b.score ? -1 : a.score > b.score ? 1 : tie(a.entryId, b.entryId)));
}

/** The winners, in rank order. */
export function pickWinners<T extends number | string>(key: string, items: readonly T[], winners: number): T[] {
  return rankEntries(key, items)
    .slice(0, winners)
    .map((e) => e.entryId);
}
