import assert from "node:assert/strict";
import { test } from "node:test";
import { EMPTY, levelAt, waitFor, type BucketRule } from "./bucket";
import { rateLimited, retrySeconds } from "./rate-limited";

const RULE: BucketRule = { name: "test lookups", key: "test", capacity: 10, leakPerSecond: 2 };

test("[LIMIT] a full burst fits, the next one waits for the leak", () => {
  let level = levelAt(EMPTY, RULE, 1_000);
  for (let i = 0; i < 10; i++) {
    assert.equal(waitFor(level, 1, RULE), 0, `take ${i + 1} of the burst`);
    level += 1;
  }
  assert.equal(waitFor(level, 1, RULE), 500, "one token leaks back in 1/2 s");
  assert.equal(waitFor(level, 4, RULE), 2_000, "four in 2 s");
});

test("[LIMIT] the level leaks back at its rate and never below empty", () => {
  const state = { level: 10, at: 0 };
  assert.equal(levelAt(state, RULE, 0), 10);
  assert.equal(levelAt(state, RULE, 1_500), 7, "3 leaked in 1.5 s");
  assert.equal(levelAt(state, RULE, 60_000), 0, "empty, not negative");
  assert.equal(levelAt(state, RULE, -5_000), 10, "a clock going back leaks nothing");
});

test("[LIMIT] a cost over the capacity is refused until the debt leaks (a miss after the last hit)", () => {
  const level = 10 + 19; // a full bucket, then a miss costing 20 where a hit costing 1 was admitted
  assert.equal(waitFor(level, 1, RULE), 10_000);
  assert.equal(waitFor(levelAt({ level, at: 0 }, RULE, 10_000), 1, RULE), 0);
});

test("[LIMIT] the refusal names the limit and whole seconds, at least one", () => {
  assert.equal(retrySeconds(1), 1);
  assert.equal(retrySeconds(1_001), 2);
  const error = rateLimited("test lookups", 2_400);
  assert.equal(error.code, "rate_limited");
  assert.equal(error.status, 429);
  assert.deepEqual(error.retry, { limit: "test lookups", retryAfter: 3 });
  assert.equal(error.message, "Slow down: try again in 3 s (test lookups).");
});
