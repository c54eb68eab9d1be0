// verify-receipt: checks a receipt file with no database, against the event's published
// checkpoints (a URL or a saved copy) when given (lib/consent/receipts/verify-receipt.ts).
import fs from "node:fs";
import { z } from "zod";
import { verifyReceipt, PublishedCheckpointsSchema } from "@/lib/consent/receipts/verify-receipt";
import { AppError, parseInput } from "@/lib/errors";
import type { PublishedCheckpoints } from "@/lib/ledger/checkpoint-statement";
import type { Command } from "./commands";

const FETCH_TIMEOUT_MS = 10_000;

function readJson(file: string, what: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    throw new AppError("invalid", `Cannot read ${what} ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("invalid", `${what[0]!.toUpperCase()}${what.slice(1)} ${file} is not JSON.`);
  }
}

async function fetchJson(url: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), headers: { accept: "application/json" } });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    throw new AppError("invalid", `The checkpoints at ${url} could not be fetched (${cause}). Check the address, or pass a saved copy as a file.`);
  }
  if (!response.ok) throw new AppError("invalid", `The checkpoints at ${url} answered HTTP ${response.status}.`);
  return response.json().catch(() => {
    throw new AppError("invalid", `The checkpoints at ${url} are not JSON.`);
  });
}

async function published(source: string): Promise<PublishedCheckpoints> {
  const json = /^https?:\/\//.test(source) ? await fetchJson(source) : readJson(source, "the checkpoints file");
  const parsed = PublishedCheckpointsSchema.safeParse(json);
  if (!parsed.success) throw new AppError("invalid", `${source} does not hold an event's published checkpoints.`);
  return parsed.data;
}

export const RECEIPT_COMMANDS: Record<string, Command> = {
  "verify-receipt": {
    summary: "Check a consent receipt file offline: its ledger row, its proof up to a signed checkpoint, the signature",
    usage: "--file RECEIPT.json [--checkpoints URL|FILE]",
    options: { file: { type: "string" }, checkpoints: { type: "string" } },
    database: false,
    async run(v) {
      const file = parseInput(z.string({ message: "--file is required." }).min(1, "--file is required."), v.file);
      const receipt = readJson(file, "the receipt");
      const checkpoints = v.checkpoints ? await published(v.checkpoints) : null;
      const result = verifyReceipt(receipt, checkpoints);
      for (const line of result.lines) console.log(line);
      if (!result.ok) throw new AppError("conflict", `${file} does not verify.`);
      console.log(`${file}: the receipt verifies.`);
    },
  },
};
