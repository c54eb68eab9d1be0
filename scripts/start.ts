// `npm start`: build when the sources changed, migrate, seed the demo into an empty database,
// serve, and print where to go; a server that dies is started again (scripts/supervise.ts).
// `npm start -- --dev` runs the Next.js dev server instead.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { databasePath, getDb, migrateDatabase } from "@/db/client";
import { sealLegacyPersonalTokens } from "@/lib/auth/seal-legacy-tokens";
import { loadConfig } from "@/lib/config";
import { supervise } from "./supervise";
import { printWelcome } from "./welcome";
import { seedDemoIfEmpty } from "@/lib/seed/demo-event";
import { SigningKeyError, signingKey } from "@/lib/ledger/signing-key";

const dev = process.argv.includes("--dev");
const root = process.cwd();
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const distDir = path.join(root, process.env.NEXT_DIST_DIR || ".next"); // as next.config.ts

function sourceHash(): string {
  const hash = createHash("sha256");
  const visit = (p: string) => {
    if (!fs.existsSync(p)) return;
    const stat = fs.statSync(p);
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) visit(path.join(p, name));
    } else {
      hash.update(p).update(fs.readFileSync(p));
    }
  };
  for (const p of ["app", "components", "lib", "db", "public", "next.config.ts", "proxy.ts", "package-lock.json", "tsconfig.json"]) {
    visit(path.join(root, p));
  }
  return hash.digest("hex");
}

// Next.js asks every new machine to opt out of its telemetry, in a notice that is not
// Fairlead's business: off unless the operator set it (https://nextjs.org/telemetry).
const nextEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? "1" };

function buildIfNeeded(): void {
  const stamp = path.join(distDir, "fairlead-source-hash");
  const hash = sourceHash();
  if (fs.existsSync(path.join(distDir, "BUILD_ID")) && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === hash) {
    return;
  }
  console.log("Building Fairlead (first start or changed sources; a minute or two)…");
  const started = Date.now();
  // Next's report of a good build (its route list) means nothing to someone starting Fairlead;
  // a failed build's report is the one thing they need, so it is printed whole.
  const result = spawnSync(process.execPath, [nextBin, "build"], { env: nextEnv, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout ?? ""}${result.stderr ?? ""}`);
    console.error(`The build failed${result.error ? ` (${result.error.message})` : ""}: Next.js's report is above.`);
    process.exit(result.status ?? 1);
  }
  console.log(`Built in ${Math.round((Date.now() - started) / 1000)} s.`);
  fs.writeFileSync(stamp, hash);
}

async function main() {
  const config = loadConfig();
  migrateDatabase(getDb());
  sealLegacyPersonalTokens(); // finishes migration 0010 (docs/decisions/019)
  try {
    signingKey(); // created at first start; a readable-by-others or unreadable key stops the start here
  } catch (error) {
    if (!(error instanceof SigningKeyError)) throw error;
    console.error(`Fairlead cannot start: ${error.message}`);
    process.exit(1);
  }
  const seed = config.FAIRLEAD_SEED_DEMO === "true" ? await seedDemoIfEmpty() : null;
  if (!dev) buildIfNeeded();

  const server = supervise(
    () => spawn(process.execPath, [nextBin, dev ? "dev" : "start", "-p", String(config.PORT), "-H", config.HOST], { env: nextEnv, stdio: ["inherit", "pipe", "inherit"] }),
    {
      onStart: (child, restarts) => {
        let welcomed = false;
        // Next's start-up banner says again what the welcome says; it is kept back until the
        // server is ready, and printed only if the server stops before that (it may say why).
        // The dev server's output is a developer's: shown as it comes. Later output is shown.
        let banner = "";
        child.stdout!.on("data", (chunk: Buffer) => {
          if (dev) process.stdout.write(chunk);
          else if (welcomed) process.stdout.write(withoutStartupLines(chunk.toString()));
          else banner += chunk.toString();
          if (!welcomed && (dev ? /Ready|started server|Local:/i.test(chunk.toString()) : /\bReady\b/.test(banner))) {
            welcomed = true;
            banner = "";
            if (restarts === 0) printWelcome(config, databasePath(), seed);
            else console.error(`Fairlead's server is back (after restart ${restarts} in a row).`);
          }
        });
        child.on("exit", () => {
          if (banner) process.stdout.write(banner);
        });
      },
    },
  );
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void server.stop(signal));
  process.exit(await server.done);
}

/** `next start`'s own start-up lines (its banner, and the config it reads once ready): the welcome says where to go. */
const STARTUP_LINE = /^\s*(▲ Next\.js|- (Local|Network|Experiments)\b|· \w+\s*$|✓ (Starting|Ready|Running next\.config))/;

function withoutStartupLines(text: string): string {
  return text
    .split(/(?<=\n)/)
    .filter((line) => !STARTUP_LINE.test(line))
    .join("");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
