// The production server every server benchmark measures (bench:first-load, bench:scan,
// bench:ingest, bench:export): the same `scripts/start.ts` a newcomer runs (it builds when the
// sources changed, into NEXT_DIST_DIR when set, as playwright.config.ts does), on its own port
// and a fresh database in the temp folder (or the file a benchmark brings), so a benchmark never
// touches data/ or another run's server.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { getDb, migrateDatabase } from "@/db/client";

export type AppServer = { base: string; dbFile: string; stop: () => void };

/**
 * Starts the server and points this process at the same database (WAL lets both write), so
 * the caller can make events and devices with lib/ functions, as the e2e fixtures do.
 */
export async function startAppServer(port: number, label: string, options: { dbFile?: string } = {}): Promise<AppServer> {
  // A database the benchmark brings (a built show) stays; a fresh one goes with the server.
  const dir = options.dbFile ? null : fs.mkdtempSync(path.join(os.tmpdir(), `fairlead-bench-${label}-`));
  const dbFile = options.dbFile ?? path.join(dir!, "bench.db");
  process.env.FAIRLEAD_DB = dbFile;
  migrateDatabase(getDb());
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", FAIRLEAD_DB: dbFile, FAIRLEAD_SEED_DEMO: "false", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // its own process group: start.ts and the next server it runs stop together
  });
  // The build's output would bury the figures: shown only if the server does not come up;
  // after that, only the server's errors. (Both pipes are always read, so neither fills up.)
  let startup: Buffer[] | null = [];
  server.stdout.on("data", (chunk: Buffer) => startup?.push(chunk));
  server.stderr.on("data", (chunk: Buffer) => (startup ? startup.push(chunk) : process.stderr.write(chunk)));
  let stopped = false;
  const stop = () => {
    if (stopped || !server.pid) return;
    stopped = true;
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // already gone
    }
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  };
  process.on("exit", stop);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(130));
  console.error(`Starting Fairlead on ${base} (database ${dbFile}; builds first when the sources changed, which takes minutes)…`);
  try {
    await waitForServer(`${base}/api/ping`, () => server.exitCode !== null);
  } catch (error) {
    process.stderr.write(Buffer.concat(startup));
    throw error;
  }
  startup = null;
  return { base, dbFile, stop };
}

/** The cookie a paired booth phone sends (lib/auth/session-cookie.ts, plain HTTP; as e2e/support/world.ts sets it). */
export function deviceCookie(base: string, sessionToken: string) {
  return { name: "fairlead_device", value: sessionToken, url: base, httpOnly: true, sameSite: "Lax" as const };
}

/** A port nobody listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

async function waitForServer(url: string, exited: () => boolean): Promise<void> {
  const deadline = Date.now() + 600_000; // a first build takes minutes on a shared machine
  while (Date.now() < deadline) {
    if (exited()) throw new Error("The server exited before it answered (see its output above).");
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The server did not answer at ${url}.`);
}
