import assert from "node:assert/strict";
import { before, test } from "node:test";
import { closeDb, getDb } from "@/db/client";
import { useTestDatabase } from "../test/db";
import { forgetLimit, pruneLimits, readLimit, writeLimit } from "./limit-store";

before(() => useTestDatabase());

test("[LIMIT] a limit's state survives a new connection (a restart)", () => {
  writeLimit(getDb(), "sign-in:account:ada@example.com", { level: 7, at: 1_000, blockedUntil: 9_000 });
  closeDb(); // the next getDb() opens the same file again, as a restarted server would
  assert.deepEqual(readLimit(getDb(), "sign-in:account:ada@example.com"), { level: 7, at: 1_000, blockedUntil: 9_000 });
  writeLimit(getDb(), "sign-in:account:ada@example.com", { level: 8, at: 2_000, blockedUntil: null });
  assert.deepEqual(readLimit(getDb(), "sign-in:account:ada@example.com"), { level: 8, at: 2_000, blockedUntil: null });
  forgetLimit(getDb(), "sign-in:account:ada@example.com");
  assert.equal(readLimit(getDb(), "sign-in:account:ada@example.com"), undefined);
});

test("[LIMIT] rows untouched since the cut-off are pruned, newer ones stay", () => {
  writeLimit(getDb(), "a", { level: 1, at: 1_000, blockedUntil: null });
  writeLimit(getDb(), "b", { level: 1, at: 5_000, blockedUntil: null });
  pruneLimits(getDb(), 2_000);
  assert.equal(readLimit(getDb(), "a"), undefined);
  assert.deepEqual(readLimit(getDb(), "b"), { level: 1, at: 5_000, blockedUntil: null });
});
