import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { test } from "node:test";
import { defaultBackoff, supervise } from "./supervise";

/** A stand-in server: a Node process that runs until it is killed. */
const idle = () => spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });

test("[START] a server that dies is started again after a short pause, and the log says why", async () => {
  const lines: string[] = [];
  const children: ChildProcess[] = [];
  let started = () => {};
  const supervisor = supervise(idle, {
    log: (line) => lines.push(line),
    backoffMs: (n) => 50 * n,
    onStart: (child) => {
      children.push(child);
      started();
    },
  });
  const nextStart = () => new Promise<void>((resolve) => (started = resolve));
  try {
    await once(children[0]!, "spawn");
    let restarted = nextStart();
    children[0]!.kill("SIGKILL");
    await restarted;
    restarted = nextStart();
    children[1]!.kill("SIGKILL");
    await restarted;
    assert.equal(children.length, 3);
    assert.notEqual(children[2]!.pid, children[0]!.pid);
    assert.deepEqual(lines, [
      "Fairlead's server was killed (SIGKILL); restarting it in 0.1 s (restart 1 in a row).",
      "Fairlead's server was killed (SIGKILL); restarting it in 0.1 s (restart 2 in a row).",
    ]);
  } finally {
    await supervisor.stop();
  }
  assert.equal(children.length, 3, "a stop asked for is not restarted");
  assert.ok(children[2]!.signalCode === "SIGTERM");
});

test("[START] the pause grows while the server keeps dying, up to 30 s", () => {
  assert.deepEqual([1, 2, 3, 4, 5, 6, 7].map(defaultBackoff), [1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
});
