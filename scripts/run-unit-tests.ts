// Runs every *.test.ts beside the code (db/, lib/, scripts/, components/) with Node's test runner, each file in
// its own process against its own SQLite file.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

function find(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) find(p, out);
    else if (entry.name.endsWith(".test.ts")) out.push(p);
  }
  return out;
}

const files = ["db", "lib", "scripts", "components"].flatMap((d) => find(d)).sort();
const filter = process.argv[2];
const selected = filter ? files.filter((f) => f.includes(filter)) : files;
if (selected.length === 0) {
  console.error(`No unit test files match "${filter ?? ""}".`);
  process.exit(1);
}
const result = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-reporter=spec", ...selected], {
  stdio: "inherit",
  env: { ...process.env, NODE_ENV: "test" },
});
process.exit(result.status ?? 1);
