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

function buildIfNeeded(): void {
  const stamp = path.join(distDir, "fairlead-source-hash");
  const hash = sourceHash();
  if (fs.existsSync(path.join(distDir, "BUILD_ID")) && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === hash) {
    return;
  }
  console.log("Building Fairlead (first start or changed sources)…");
  const result = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
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
    () => spawn(process.execPath, [nextBin, dev ? "dev" : "start", "-p", String(config.PORT), "-H", config.HOST], { stdio: ["inherit", "pipe", "inherit"] }),
    {
      onStart: (child, restarts) => {
        let welcomed = false;
        child.stdout!.on("data", (chunk: Buffer) => {
          process.stdout.write(chunk);
          if (!welcomed && /Ready|started server|Local:/i.test(chunk.toString())) {
            welcomed = true;
            if (restarts === 0) printWelcome(config, databasePath(), seed);
            else console.error(`Fairlead's server is back (after restart ${restarts} in a row).`);
          }
        });
      },
    },
  );
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void server.stop(signal));
  process.exit(await server.done);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
