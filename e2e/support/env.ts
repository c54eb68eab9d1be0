// Where the end-to-end suite runs: port, database file and the Chromium it drives.
import path from "node:path";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
/** One database per port, so runs on different ports never share a file. */
export const E2E_DB = path.join("e2e", ".tmp", E2E_PORT === 3100 ? "e2e.db" : `e2e-${E2E_PORT}.db`);
export const TMP_DIR = path.join("e2e", ".tmp");
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Chromium as root in a closed network: no sandbox, no background calls home. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-dev-shm-usage",
];
