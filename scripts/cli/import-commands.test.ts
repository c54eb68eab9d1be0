// The import command, run in this process with its own option parsing (scripts/fairlead.ts
// parses the same way once IMPORT_COMMANDS is merged into COMMANDS).
import assert from "node:assert/strict";
import path from "node:path";
import { before, test } from "node:test";
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { attendees } from "@/db/schema";
import { OPERATOR } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { createEvent } from "@/lib/events/events";
import { useTestDatabase } from "@/lib/test/db";
import { IMPORT_COMMANDS } from "./import-commands";

const FIXTURES = path.join(process.cwd(), "lib", "attendees", "import", "fixtures");
let eventId = 0;

before(() => {
  useTestDatabase();
  eventId = createEvent(OPERATOR, { name: "Shell Import Expo", slug: "shell-import" }).id;
});

/** Runs `import` with argv as typed after the command name; returns what it printed. */
async function run(...argv: string[]) {
  const command = IMPORT_COMMANDS.import!;
  const { values } = parseArgs({ args: argv, options: command.options, strict: true, allowPositionals: false });
  const out: string[] = [];
  const [log, error] = [console.log, console.error];
  console.log = (...a: unknown[]) => void out.push(a.join(" "));
  console.error = () => {};
  try {
    await command.run(values as Record<string, string | undefined>);
  } finally {
    [console.log, console.error] = [log, error];
  }
  return out;
}

const stored = () => getDb().select().from(attendees).where(eq(attendees.eventId, eventId)).all();

test("[CLI] import with corrected columns; the problem lines are printed; a second run adds nobody", async () => {
  const file = path.join(FIXTURES, "pretix-checkin-list.csv");
  const out = await run("--event", "shell-import", "--file", file, "--map", "badge-code=", "--map", "externalId=Ticket secret");
  assert.deepEqual(out.slice(0, 3).map((l) => l.split(":")[0]), ["line 7", "line 9", "line 43"]);
  assert.match(out.at(-1)!, /38 added, 0 updated, 0 unchanged, 3 skipped/);
  const [ada] = stored().filter((a) => a.email === "ada.gupta17@litware.example");
  assert.equal(ada?.externalId, "2vqcncyraftz9fzcpxzjwkgtgh7mjccz");
  assert.equal(ada?.badgeSource, "issued", "--map badge-code= leaves the vendor codes out");

  const again = await run("--event", "shell-import", "--file", file, "--map", "badge-code=", "--map", "externalId=Ticket secret");
  assert.match(again.at(-1)!, /0 added, 0 updated, 38 unchanged, 3 skipped/);
  assert.equal(stored().length, 38);
});

test("[CLI] bad options are refused before anything is written", async () => {
  const before = stored().length;
  const invalid = (e: unknown) => e instanceof AppError && e.code === "invalid";
  const file = path.join(FIXTURES, "eventbrite-attendees.csv");
  await assert.rejects(run("--event", "shell-import", "--file", file, "--map", "shoe-size=Quantity"), invalid);
  await assert.rejects(run("--event", "shell-import", "--file", file, "--map", "email=Mail"), /no column "Mail"/);
  await assert.rejects(run("--event", "shell-import", "--file", file, "--map", "email="), /email address/);
  await assert.rejects(run("--event", "shell-import"), /--file is required/);
  await assert.rejects(run("--event", "shell-import", "--file", "/nonexistent.csv"), (e: unknown) => e instanceof AppError && e.code === "not_found");
  await assert.rejects(run("--event", "no-such-event", "--file", file), (e: unknown) => e instanceof AppError && e.code === "not_found");
  assert.equal(stored().length, before);
});
