import assert from "node:assert/strict";
import { before, test } from "node:test";
import { useTestDatabase } from "../lib/test/db";
import { loadConfig } from "@/lib/config";
import { PAIRING_TTL_MINUTES, describePairingLink } from "@/lib/devices/pairing";
import { seedDemoIfEmpty } from "@/lib/seed/demo-event";
import { lifetime, printWelcome } from "./welcome";

before(() => useTestDatabase());

test("[START] the welcome's pairing link lasts as long as the README and the partner page say: one hour", async () => {
  assert.equal(PAIRING_TTL_MINUTES.default, 60, "README.md says a pairing link expires after an hour");
  assert.equal(lifetime(60), "one hour");
  assert.equal(lifetime(24 * 60), "24 hours");
  assert.equal(lifetime(90), "90 minutes");
  const seed = await seedDemoIfEmpty();
  const printed: string[] = [];
  const log = console.log;
  console.log = (text: string) => printed.push(text);
  const before = Date.now();
  try {
    printWelcome(loadConfig(), "test.db", seed);
  } finally {
    console.log = log;
  }
  const line = printed.join("\n").split("\n").find((l) => l.includes("Pair a booth phone"))!;
  assert.match(line, /\(single use, one hour, until \d\d:\d\d UTC\): http/);
  const expiresAt = describePairingLink(line.split("/pair/")[1]!).expiresAt.getTime();
  assert.ok(Math.abs(expiresAt - before - 3_600_000) < 60_000, `expires ${new Date(expiresAt).toISOString()}`);
});
