// The organizer CLI: `npm run fairlead -- <command> [--option value …]`. Thin over lib/; the
// shell user who holds the database file acts as the operator (docs/decisions/001-foundation.md).
import { parseArgs } from "node:util";
import { closeDb, getDb, migrateDatabase } from "@/db/client";
import { sealLegacyPersonalTokens } from "@/lib/auth/seal-legacy-tokens";
import { AppError } from "@/lib/errors";
import { COMMANDS, usage } from "./cli/commands";

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "help" || name === "--help") {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${usage()}`);
    return 2;
  }
  let values: Record<string, string | undefined>;
  try {
    const parsed = parseArgs({ args: rest, options: command.options, strict: true, allowPositionals: false }).values;
    values = Object.fromEntries(Object.entries(parsed).map(([k, x]) => [k, x === true ? "true" : (x as string | undefined)]));
  } catch (error) {
    console.error(`${(error as Error).message}\n\nUsage: npm run fairlead -- ${name} ${command.usage}`);
    return 2;
  }
  // recompute-drawing works from published JSON alone: anyone may run it without the database.
  if (command.database !== false) {
    migrateDatabase(getDb());
    sealLegacyPersonalTokens(); // finishes migration 0010 (docs/decisions/019)
  }
  try {
    await command.run(values);
    return 0;
  } catch (error) {
    if (error instanceof AppError) {
      console.error(`${name}: ${error.fields ? flagMessage(error.fields) : error.message}`);
      return error.code === "invalid" ? 2 : 1;
    }
    throw error;
  } finally {
    closeDb();
  }
}

/** Names the command-line flags, not the domain's field names: privacyUrl → --privacy-url. */
function flagMessage(fields: Record<string, string>): string {
  const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return Object.entries(fields)
    .map(([key, message]) => (key === "_" ? message : `--${kebab(key)}: ${message}`))
    .join("\n");
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
