// The server's purge schedule: full slices follow each other quickly, then it waits for the
// interval; a failing run is reported and the schedule goes on.
import assert from "node:assert/strict";
import { setTimeout as sleep } from "node:timers/promises";
import { test } from "node:test";
import { NO_ERASURE } from "./erase-attendee-rows";
import { PURGE_SLICE, startPurgeSchedule } from "./purge-schedule";

const report = (attendees: number) => [{ slug: "e", purgeAt: null, due: true, counts: { ...NO_ERASURE, attendees } }];

test("[RETENTION] the schedule purges in slices: the next right after a full one, then only at the interval; a failure is logged and retried", async () => {
  const runs: number[] = [];
  const errors: unknown[] = [];
  const sizes = [PURGE_SLICE, PURGE_SLICE, 7]; // 407 attendees due: two full slices, then the rest
  let calls = 0;
  const stop = startPurgeSchedule({
    run: (limit) => {
      runs.push(limit);
      if (calls++ === 3) throw new Error("disk full");
      return report(sizes.shift() ?? 0);
    },
    onError: (e) => errors.push(e),
    intervalMs: 300,
    nextSliceMs: 5,
  });
  await sleep(150);
  assert.equal(runs.length, 3, "three slices at once, then a wait");
  assert.ok(runs.every((l) => l === PURGE_SLICE));
  await sleep(1_000);
  stop();
  assert.ok(runs.length >= 5, `the interval's runs went on after the failure (${runs.length})`);
  assert.deepEqual(errors.map((e) => (e as Error).message), ["disk full"]);
});
