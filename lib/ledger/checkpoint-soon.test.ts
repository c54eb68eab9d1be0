import assert from "node:assert/strict";
import { test } from "node:test";
import { setImmediate as tick } from "node:timers/promises";
import { checkpointScheduler } from "./checkpoint-soon";

test("[LEDGER] appends only note their event; the checkpoint is written after them, once, when due", async () => {
  const written: number[] = [];
  let due = 0;
  const soon = checkpointScheduler({ write: (eventId) => written.push(eventId), dueIn: () => due });
  soon(1);
  soon(1);
  soon(2);
  assert.deepEqual(written, [], "nothing on the appending path itself");
  await tick();
  assert.deepEqual(written, [1, 2]);
  // Not due: a later check is set (and the event counts as scheduled meanwhile), nothing written.
  due = 60_000;
  soon(1);
  await tick();
  soon(1);
  await tick();
  assert.deepEqual(written, [1, 2]);
});

test("[LEDGER] a checkpoint that cannot be written is reported, not thrown at the decision", async () => {
  const errors: unknown[] = [];
  const soon = checkpointScheduler({
    write: () => {
      throw new Error("The signing key has mode 0644");
    },
    dueIn: () => 0,
    onError: (e) => errors.push(e),
  });
  soon(7);
  await tick();
  assert.equal(errors.length, 1);
  soon(7); // and tried again at the next append
  await tick();
  assert.equal(errors.length, 2);
});
