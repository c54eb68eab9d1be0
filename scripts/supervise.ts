// Keeps the server running: when it dies (out of memory, a crash, a kill) it is started again
// after a short pause that grows while it keeps dying (1 s, 2 s, 4 s … at most 30 s) and is
// forgotten once it has run a minute. Each restart is said in the log, with why it stopped.
// A stop asked for (Ctrl-C, SIGTERM) is passed on and ends the supervision instead.
import type { ChildProcess } from "node:child_process";

export type SuperviseOptions = {
  log?: (line: string) => void;
  /** The pause before restart number `n` (1, 2, …) in a row. */
  backoffMs?: (n: number) => number;
  /** How long a run must last for the next death to count as the first again. */
  healthyAfterMs?: number;
  /** Called with each child as it starts (the first one too). */
  onStart?: (child: ChildProcess, restarts: number) => void;
};

export type Supervisor = {
  /** Stops the current child with the signal and restarts no more; resolves with its exit code. */
  stop: (signal?: NodeJS.Signals) => Promise<number>;
  /** Resolves when supervision ends (after stop). */
  done: Promise<number>;
};

export const defaultBackoff = (n: number) => Math.min(30_000, 1_000 * 2 ** (n - 1));

export function supervise(start: () => ChildProcess, options: SuperviseOptions = {}): Supervisor {
  const log = options.log ?? ((line) => console.error(line));
  const backoff = options.backoffMs ?? defaultBackoff;
  const healthyAfter = options.healthyAfterMs ?? 60_000;
  let child: ChildProcess;
  let stopping = false;
  let inARow = 0;
  let pending: NodeJS.Timeout | null = null;
  let finish!: (code: number) => void;
  const done = new Promise<number>((resolve) => (finish = resolve));

  const run = () => {
    const startedAt = Date.now();
    child = start();
    options.onStart?.(child, inARow);
    child.on("exit", (code, signal) => {
      if (stopping) return finish(code ?? 0);
      if (Date.now() - startedAt >= healthyAfter) inARow = 0;
      inARow += 1;
      const wait = backoff(inARow);
      const why = signal ? `was killed (${signal})` : `exited with code ${code}`;
      log(`Fairlead's server ${why}; restarting it in ${(wait / 1000).toFixed(wait < 1000 ? 1 : 0)} s (restart ${inARow} in a row).`);
      pending = setTimeout(() => {
        pending = null;
        run();
      }, wait);
    });
  };
  run();

  const stop = (signal: NodeJS.Signals = "SIGTERM") => {
    stopping = true;
    if (pending) {
      clearTimeout(pending);
      pending = null;
      finish(0);
    } else if (child.exitCode !== null || child.signalCode !== null) finish(child.exitCode ?? 0);
    else child.kill(signal);
    return done;
  };
  return { stop, done };
}
