// Playwright drives Debian's Chromium (no browser download here) against the real server,
// started by the same `npm start` path a newcomer uses, on its own SQLite file.
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH, E2E_DB, E2E_PORT } from "./e2e/support/env";

export default defineConfig({
  testDir: "e2e",
  testMatch: /.*\.spec\.ts$/,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  outputDir: E2E_PORT === 3100 ? "test-results" : `test-results-${E2E_PORT}`,
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    trace: "retain-on-failure",
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `node -e "require('fs').rmSync('${E2E_DB}',{force:true});['-wal','-shm'].forEach(s=>require('fs').rmSync('${E2E_DB}'+s,{force:true}))" && npx tsx scripts/start.ts`,
    url: `http://127.0.0.1:${E2E_PORT}/`,
    // A fresh clone builds first: about a minute on a quiet machine, over four at a load of 15.
    timeout: 600_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    env: {
      PORT: String(E2E_PORT),
      HOST: "127.0.0.1",
      FAIRLEAD_DB: path.resolve(E2E_DB),
      FAIRLEAD_SEED_DEMO: "true", // e2e/demo.spec.ts walks the seeded demo
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
