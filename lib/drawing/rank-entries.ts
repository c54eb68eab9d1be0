// The drawing's ranking, pure: the server's draw and `npm run fairlead -- recompute-drawing`
// both use it, and anyone can redo it with openssl (see ALGORITHM). No database here, on
// purpose: recomputing a published result must need nothing but the published JSON.
import { createHash, createHmac, randomBytes } from "node:crypto";

export const ALGORITHM =
  "Commitment: SHA-256 of the seed, the seed being its 64-character lowercase hex string taken as UTF-8 text. " +
  "Score of an entry: HMAC-SHA256 with the seed's hex string (as UTF-8) as the key and the entry id written as a " +
  "decimal string as the message, in lowercase hex. The winners are the eligible entries with the lowest scores, " +
  "in ascending order of score (ties, which do not happen in practice, go to the lower entry id).";

const SEED = /^[0-9a-f]{64}$/;

/** A fresh secret seed: 32 random bytes as lowercase hex. */
export function newSeed(): string {
  return randomBytes(32).toString("hex");
}

export function isSeed(value: string): boolean {
  return SEED.test(value);
}

/** What is published before the draw: sha256 of the seed's hex string. */
export function seedCommitment(seed: string): string {
  return createHash("sha256").update(seed, "utf8").digest("hex");
}

export function entryScore(seed: string, entryId: number): string {
  return createHmac("sha256", Buffer.from(seed, "utf8")).update(String(entryId), "utf8").digest("hex");
}

export type RankedEntry = { entryId: number; score: string };

/** Every entry with its score, best (lowest) first. The order of the input does not matter. */
export function rankEntries(seed: string, entryIds: readonly number[]): RankedEntry[] {
  return entryIds
    .map((entryId) => ({ entryId, score: entryScore(seed, entryId) }))
    .sort((a, b) => (a.score < b.score ? -1 : a.score > b.score ? 1 : a.entryId - b.entryId));
}

/** The winners' entry ids, in rank order. */
export function pickWinners(seed: string, eligibleEntryIds: readonly number[], winners: number): number[] {
  return rankEntries(seed, eligibleEntryIds)
    .slice(0, winners)
    .map((e) => e.entryId);
}
