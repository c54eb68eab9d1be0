// Checks a published drawing result from its JSON alone (/drawings/ID/result.json): the seed
// matches the commitment published before the draw, and the ranking gives the same winners.
// Pure: it never opens the database, so anyone with the JSON can run it.
import { z } from "zod";
import { AppError, parseInput } from "../errors";
import { isSeed, pickWinners, seedCommitment } from "./rank-entries";

const Hex64 = z.string().regex(/^[0-9a-f]{64}$/, "must be 64 lowercase hex characters.");
const EntryId = z.number().int().positive();
const IsoTime = z.string().nullable();

/** The published JSON. Before the draw, seed and the lists are null. */
export const PublishedDrawing = z.object({
  drawingId: z.number().int().positive(),
  event: z.string(),
  name: z.string(),
  prize: z.string(),
  winnersCount: z.number().int().min(1),
  eligibility: z.string(),
  closesAt: IsoTime,
  status: z.enum(["open", "closed", "drawn"]),
  seedSha256: Hex64,
  seed: z.string().nullable(),
  drawnAt: IsoTime,
  eligibleEntryIds: z.array(EntryId).nullable(),
  winnerEntryIds: z.array(EntryId).nullable(),
  algorithm: z.string(),
});
export type PublishedDrawing = z.infer<typeof PublishedDrawing>;

export type Recomputed = {
  drawingId: number;
  name: string;
  eligible: number;
  commitmentOk: boolean;
  winnersOk: boolean;
  /** The winners the seed and the eligible entries give, in rank order. */
  expected: number[];
  /** The winners the JSON claims. */
  published: number[];
  problems: string[];
  ok: boolean;
};

export function recomputeDrawing(json: unknown): Recomputed {
  const data = parseInput(PublishedDrawing, json);
  if (data.seed === null || data.eligibleEntryIds === null || data.winnerEntryIds === null) {
    throw new AppError("conflict", `"${data.name}" has not been drawn yet: its seed is published at the draw. Only the commitment ${data.seedSha256} is known.`);
  }
  const problems: string[] = [];
  const seed = data.seed;
  const commitmentOk = isSeed(seed) && seedCommitment(seed) === data.seedSha256;
  if (!commitmentOk) problems.push(`The seed does not match the commitment: sha256(seed) is ${seedCommitment(seed)}, the commitment is ${data.seedSha256}.`);
  if (new Set(data.eligibleEntryIds).size !== data.eligibleEntryIds.length) problems.push("An entry is listed twice among the eligible entries.");
  const expected = pickWinners(seed, data.eligibleEntryIds, data.winnersCount);
  const winnersOk = expected.length === data.winnerEntryIds.length && expected.every((id, i) => id === data.winnerEntryIds![i]);
  if (!winnersOk) problems.push(`The published winners (${list(data.winnerEntryIds)}) are not what the seed gives (${list(expected)}).`);
  return {
    drawingId: data.drawingId,
    name: data.name,
    eligible: data.eligibleEntryIds.length,
    commitmentOk,
    winnersOk,
    expected,
    published: data.winnerEntryIds,
    problems,
    ok: problems.length === 0,
  };
}

const list = (ids: number[]) => (ids.length ? ids.map((id) => `#${id}`).join(", ") : "none");
