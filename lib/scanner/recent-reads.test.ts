import assert from "node:assert/strict";
import { test } from "node:test";
import { createRecentReads } from "./recent-reads";

test("[SCANNER] a badge held in view counts once; after the window out of view it counts again", () => {
  const reads = createRecentReads(3000);
  assert.equal(reads.isNew("A", 0), true);
  // Seen ten times a second for five seconds: never again, the window slides with each sighting.
  for (let t = 100; t <= 5000; t += 100) assert.equal(reads.isNew("A", t), false);
  assert.equal(reads.isNew("B", 5100), true, "another badge is read at once");
  assert.equal(reads.isNew("A", 7900), false, "2.9 s out of view is still the same visit");
  assert.equal(reads.isNew("A", 11000), true, "over 3 s out of view: a new read");
  assert.equal(reads.last(), "A");
});

test("[SCANNER] touching the last code on return to the camera keeps a badge still held up from reopening", () => {
  const reads = createRecentReads(3000);
  reads.isNew("A", 0);
  reads.touch(reads.last()!, 20_000); // back from the consent screen 20 s later
  for (let t = 20_100; t <= 24_000; t += 100) assert.equal(reads.isNew("A", t), false, "still in view: still ignored");
  assert.equal(reads.isNew("A", 27_500), true, "taken away for 3.5 s and shown again: a new read");
});
