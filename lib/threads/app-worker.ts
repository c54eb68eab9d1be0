// Worker threads that run one of the app's own TypeScript modules. In the Next.js server the
// caller's literal `new Worker(new URL("./x.ts", import.meta.url))` makes the build bundle the
// module, so that call has to stay at the call site. Under tsx (unit tests, benchmarks, the
// command line) the module runs from source, and on Node 20 a worker does not inherit tsx's
// loader: it registers it first, then loads the module.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker, type WorkerOptions } from "node:worker_threads";

// The module's path travels as the worker's last argument, so workerData stays the caller's own.
const TSX_BOOT = `require("tsx/cjs/api").register(); require(process.argv.at(-1));`;

/** Whether the module at `moduleUrl` (an import.meta.url) runs from TypeScript source (tsx). */
export function runsFromSource(moduleUrl: string): boolean {
  return moduleUrl.endsWith(".ts");
}

/** A worker running `file`, a sibling of the module at `moduleUrl`, from source through tsx. */
export function sourceWorker(moduleUrl: string, file: string, options: WorkerOptions = {}): Worker {
  const entry = path.join(path.dirname(fileURLToPath(moduleUrl)), file);
  return new Worker(TSX_BOOT, { ...options, eval: true, argv: [...(options.argv ?? []).map(String), entry] });
}
