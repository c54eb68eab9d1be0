import assert from "node:assert/strict";
import { test } from "node:test";
import { entryScore, isSeed, newSeed, pickWinners, rankEntries, seedCommitment } from "./rank-entries";

// Computed independently with the commands the public page prints:
//   printf '%s' "$SEED" | sha256sum
//   printf '%s' 42 | openssl dgst -sha256 -hmac "$SEED"
const SEED = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
const OPENSSL = {
  commitment: "6c86c6aac5fb24bcf5d9939cb7d7d5645ce39418f449e03b262dd4fa14b4b92b",
  1: "d93199102d324a7a65c6c891075d96a8c37f46d9c90b10c63faf1f6c2b62c813",
  2: "e015becb8f9999579a493a95b692631a6fb75ec4236db3333ecc725e15232f1e",
  3: "983ae84ce6bc26398a09bc552e626ab0588e5fb02dbe32d1b5ab652b0939ac98",
  42: "244678d73a50cdfc1e4f2e57795f553c16b09cdb8dc7bde8a3f5407fcffe2ebd",
};

test("[DRAWING] the ranking is exactly what openssl computes from the published recipe", () => {
  assert.equal(seedCommitment(SEED), OPENSSL.commitment);
  for (const id of [1, 2, 3, 42] as const) assert.equal(entryScore(SEED, id), OPENSSL[id], `entry ${id}`);
  assert.deepEqual(pickWinners(SEED, [1, 2, 3, 42], 2), [42, 3], "lowest scores first");
  assert.deepEqual(
    rankEntries(SEED, [1, 2, 3, 42]).map((e) => e.entryId),
    [42, 3, 1, 2],
  );
});

test("[DRAWING] the same seed gives the same winners, whatever order the entries come in", () => {
  const seed = newSeed();
  const ids = Array.from({ length: 40 }, (_, i) => 1000 + i * 7);
  const shuffled = [...ids].sort(() => Math.random() - 0.5);
  assert.deepEqual(pickWinners(seed, shuffled, 5), pickWinners(seed, ids, 5));
  assert.deepEqual(pickWinners(seed, ids, 100).sort((a, b) => a - b), ids, "more winners than entries: everyone, once");
  assert.deepEqual(pickWinners(seed, [], 3), []);
});

test("[DRAWING] another seed gives another order, so the seed decides", () => {
  const ids = Array.from({ length: 40 }, (_, i) => i + 1);
  const a = rankEntries(newSeed(), ids).map((e) => e.entryId);
  const b = rankEntries(newSeed(), ids).map((e) => e.entryId);
  assert.notDeepEqual(a, b);
});

test("[DRAWING] a seed is 32 random bytes in lowercase hex", () => {
  const seed = newSeed();
  assert.ok(isSeed(seed), seed);
  assert.notEqual(seed, newSeed());
  assert.equal(isSeed(SEED.toUpperCase()), false);
  assert.equal(isSeed(SEED.slice(1)), false);
});
