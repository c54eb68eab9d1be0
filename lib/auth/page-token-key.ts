// The key that seals attendees' personal-page tokens for badge printing (docs/decisions/019).
// It lives outside the database, so a copy of the database alone opens nobody's page: a file
// next to the database by default (FAIRLEAD_PAGE_KEY names another), created at first use with
// mode 0600. Back it up apart from the database: without it, badges cannot be printed again
// (the printed ones keep working).
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { databasePath } from "@/db/client";

const KEY_BYTES = 32;
const cache = new Map<string, Buffer>();

/** Where the key is: FAIRLEAD_PAGE_KEY, or `<database file>.page-key`. */
export function pageTokenKeyPath(): string {
  const fromEnv = process.env.FAIRLEAD_PAGE_KEY?.trim();
  return path.resolve(/*turbopackIgnore: true*/ fromEnv || `${databasePath()}.page-key`);
}

export function pageTokenKey(): Buffer {
  const file = pageTokenKeyPath();
  const cached = cache.get(file);
  if (cached) return cached;
  const key = readOrCreate(file);
  cache.set(file, key);
  return key;
}

function readOrCreate(file: string): Buffer {
  try {
    // "wx": of two processes starting at once (the server and a test), one creates, the other reads.
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, randomBytes(KEY_BYTES).toString("base64") + "\n", { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const mode = fs.statSync(file).mode & 0o777;
  if (mode & 0o077) {
    throw new Error(`The personal-page key ${file} can be read by other users (mode ${mode.toString(8)}). Run: chmod 600 ${file}`);
  }
  const key = Buffer.from(fs.readFileSync(file, "utf8").trim(), "base64");
  if (key.length !== KEY_BYTES) throw new Error(`The personal-page key ${file} is not a ${KEY_BYTES}-byte key in base64. Restore it from its backup.`);
  return key;
}
