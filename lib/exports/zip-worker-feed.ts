// The request thread's side of the ZIP's worker (zip-worker.ts): its replies in order, and a
// failure when it dies, fails or stays silent for too long. Closing it ends the worker, and its
// snapshot with it.
import type { Worker } from "node:worker_threads";
import type { PackedFile, ZipWorkerReply, ZipWorkerRequest } from "./zip-worker";

// The worker's first answer comes after it has booted and opened its snapshot: from source (tsx)
// on a busy machine that takes seconds.
const CONTENTS_MS = 30_000;

export class ZipWorkerFeed {
  private readonly replies: ZipWorkerReply[] = [];
  private failure: Error | null = null;
  private wake: (() => void) | null = null;
  private closed = false;

  constructor(
    private readonly worker: Worker,
    private readonly stallMs: number,
  ) {
    // Unreferenced: a wait for a reply keeps the process alive by its timer, an idle worker does not.
    worker.unref();
    worker.on("message", (reply: ZipWorkerReply) => {
      this.replies.push(reply);
      this.wakeUp();
    });
    worker.on("error", (error) => this.fail(error));
    worker.on("exit", (code) => this.fail(new Error(`The export worker stopped (exit code ${code}).`)));
  }

  async contents(): Promise<Extract<ZipWorkerReply, { type: "contents" }>> {
    const reply = await this.next(CONTENTS_MS);
    if (reply.type !== "contents") throw new Error(`The export worker answered ${reply.type} before its contents.`);
    return reply;
  }

  /** Asks for one more partner's files. */
  request(): void {
    if (!this.closed) this.worker.postMessage({ type: "pack" } satisfies ZipWorkerRequest);
  }

  /** The next partner's files, in the order they were asked for. */
  async packed(): Promise<PackedFile[]> {
    const reply = await this.next(this.stallMs);
    if (reply.type !== "packed") throw new Error(`The export worker answered ${reply.type} instead of a partner's files.`);
    return reply.files;
  }

  /** Ends the worker (called when the ZIP ends, fails or is cancelled). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.fail(new Error("The ZIP's worker was closed."));
    void this.worker.terminate();
  }

  private async next(ms: number): Promise<ZipWorkerReply> {
    for (;;) {
      const reply = this.replies.shift();
      if (reply?.type === "failed") throw new Error(`The export worker failed: ${reply.message}`);
      if (reply) return reply;
      if (this.failure) throw this.failure;
      let timer: NodeJS.Timeout | undefined;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        timer = setTimeout(() => this.fail(new Error(`The export worker did not answer for ${ms / 1000} s.`)), ms);
      }).finally(() => clearTimeout(timer));
    }
  }

  private fail(error: Error) {
    this.failure ??= error;
    this.wakeUp();
  }

  private wakeUp() {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}
