// The rules of a drawing as published: its texts (every language the row has) and its numbers,
// all fixed at creation except what the freeze adds. The texts are hashed at the freeze.
import type { Drawing } from "@/db/schema";
import { QUICKNET } from "./beacon";
import { describeRule } from "./eligibility";
import type { RulesRecord } from "./published-drawing";

export const BEACON_RULE =
  "The outcome mixes the committed seed with the randomness of a drand quicknet round (League of Entropy) that is " +
  "named at the freeze: the first round published at least 60 seconds after it, so it does not exist yet when the " +
  "entries are frozen, and nobody, the organizer included, can choose or know it in advance.";

type RuleRow = Pick<Drawing, "name" | "nameDe" | "prize" | "prizeDe" | "winners" | "minPartners" | "minFraction" | "closesAt" | "graceMinutes" | "witnesses">;

export function witnessesOf(row: Pick<Drawing, "witnesses">): string[] {
  return JSON.parse(row.witnesses) as string[];
}

export function rulesOf(row: RuleRow): RulesRecord {
  return {
    // Every language the row has; a German name or prize is hashed with the English one.
    texts: {
      name: { en: row.name, ...(row.nameDe && { de: row.nameDe }) },
      prize: { en: row.prize, ...(row.prizeDe && { de: row.prizeDe }) },
      eligibility: { en: describeRule(row) },
    },
    winnersCount: row.winners,
    minPartners: row.minPartners,
    minFraction: row.minFraction,
    closesAt: row.closesAt?.toISOString() ?? null,
    graceMinutes: row.graceMinutes,
    beacon: { chainHash: QUICKNET.chainHash, rule: BEACON_RULE },
    witnesses: witnessesOf(row),
  };
}
