// A drawing drawn before the freeze existed (format 1, before decision 026): its result, as it
// was published then, stays public and read-only (what a drawn drawing shows never changes).
// Format 1 ranked the entry numbers by HMAC-SHA256 keyed by the seed; no entry root, no beacon.
// Pure, like recompute-drawing: the check needs the JSON alone.
import { createHmac } from "node:crypto";
import { z } from "zod";
import { parseInput } from "../errors";
import { isSeed, seedCommitment } from "./rank-entries";
import type { Earlier, Recomputed } from "./recompute-drawing";

export const LEGACY_ALGORITHM =
  "Commitment: SHA-256 of the seed, the seed being its 64-character lowercase hex string taken as UTF-8 text. " +
  "Score of an entry: HMAC-SHA256 with the seed's hex string (as UTF-8) as the key and the entry id written as a " +
  "decimal string as the message, in lowercase hex. The winners are the eligible entries with the lowest scores, " +
  "in ascending order of score (ties, which do not happen in practice, go to the lower entry id).";

const Hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const EntryId = z.number().int().positive();

export const LegacyDrawing = z.object({
  format: z.literal("fairlead-drawing/1"),
  drawingId: z.number().int().positive(),
  event: z.string(),
  name: z.string(),
  nameDe: z.string().nullable(),
  prize: z.string(),
  prizeDe: z.string().nullable(),
  winnersCount: z.number().int().min(1),
  status: z.literal("drawn"),
  createdAt: z.string(),
  seedSha256: Hex64,
  seed: z.string(),
  drawnAt: z.string(),
  eligibleEntryIds: z.array(EntryId),
  winners: z.array(z.object({ rank: z.number().int().positive(), entryId: EntryId, displayName: z.string() })),
  algorithm: z.string(),
});
export type LegacyDrawing = z.infer<typeof LegacyDrawing>;

const score = (seed: string, entryId: number) => createHmac("sha256", Buffer.from(seed, "utf8")).update(String(entryId), "utf8").digest("hex");

/** Format 1's winners: the eligible entry numbers with the lowest scores, in order. */
export function legacyWinners(seed: string, entryIds: readonly number[], count: number): number[] {
  return entryIds
    .map((id) => ({ id, s: score(seed, id) }))
    .sort((a, b) => (a.s < b.s ? -1 : a.s > b.s ? 1 : a.id - b.id))
    .slice(0, count)
    .map((e) => e.id);
}

/** Recomputes a format-1 result: the seed against the commitment, the winners from the seed. */
export function recomputeLegacy(json: unknown, earlier: Earlier = {}): Recomputed {
  const d = parseInput(LegacyDrawing, json);
  const problems: string[] = [];
  const check = (ok: boolean, problem: string) => (ok || problems.push(problem), ok);
  const commitmentOk =
    check(isSeed(d.seed) && seedCommitment(d.seed) === d.seedSha256, `The seed does not match the commitment ${d.seedSha256}.`) &&
    check(!earlier.seedSha256 || earlier.seedSha256 === d.seedSha256, `The commitment is not the one published earlier (${earlier.seedSha256}).`);
  // Format 1 published no entry root and no freeze: a verifier who holds one holds it to nothing.
  const rootOk = check(!earlier.entryRoot, "This drawing predates the freeze: it has no entry root to check.");
  const freezeOk = check(!earlier.freezeSha256, "This drawing predates the freeze: it has no freeze hash to check.");
  check(new Set(d.eligibleEntryIds).size === d.eligibleEntryIds.length, "An entry is listed twice among the eligible entries.");
  const expected = legacyWinners(d.seed, d.eligibleEntryIds, d.winnersCount);
  const published = d.winners.map((w) => w.entryId);
  const winnersOk = check(
    expected.length === published.length && expected.every((id, i) => id === published[i]),
    `The published winners (${published.join(", ") || "none"}) are not what the seed gives (${expected.join(", ") || "none"}).`,
  );
  return {
    drawingId: d.drawingId, name: d.name, eligible: d.eligibleEntryIds.length, commitmentOk, rootOk, freezeOk, textsOk: true, ruleOk: true,
    winnersOk, expected: expected.map(String), published, problems, ok: problems.length === 0,
  };
}
