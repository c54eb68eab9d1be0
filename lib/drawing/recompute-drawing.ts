// Checks a published drawing from its JSON alone (/drawings/ID/result.json), and against what
// the verifier saved earlier: the commitment, the entry root, the freeze hash (decision 026).
// Pure: it never opens the database, so anyone with the JSON can run it.
import { AppError, parseInput } from "../errors";
import { requiredVisits } from "./eligibility";
import { entryLeaf, merkleRoot } from "./merkle";
import { PublishedDrawing, canonicalJson, freezeHash, hashTexts, textOf } from "./published-drawing";
import { recomputeLegacy } from "./legacy-drawing";
import { drawKey, isSeed, pickWinners, seedCommitment } from "./rank-entries";

export { PublishedDrawing } from "./published-drawing";

/** Values published before the draw that the verifier kept, to hold the JSON to. */
export type Earlier = { seedSha256?: string; entryRoot?: string; freezeSha256?: string };

export type Recomputed = {
  drawingId: number;
  name: string;
  eligible: number;
  commitmentOk: boolean;
  rootOk: boolean;
  freezeOk: boolean;
  textsOk: boolean;
  ruleOk: boolean;
  winnersOk: boolean;
  /** The winners' leaves the key and the frozen leaves give, in rank order, and the entry numbers published for them. */
  expected: string[];
  published: number[];
  problems: string[];
  ok: boolean;
};

export function recomputeDrawing(json: unknown, earlier: Earlier = {}): Recomputed {
  // Drawn before the freeze existed: its own, older check (legacy-drawing.ts).
  if ((json as { format?: unknown } | null)?.format === "fairlead-drawing/1") return recomputeLegacy(json, earlier);
  const data = parseInput(PublishedDrawing, json);
  const name = textOf(data.rules.texts, "name");
  const { freeze, draw } = data;
  if (!freeze || !draw) {
    throw new AppError("conflict", `"${name}" has not been drawn yet: its seed is published at the draw. Only the commitment ${data.seedSha256} is known.`);
  }
  const problems: string[] = [];
  const check = (ok: boolean, problem: string) => (ok || problems.push(problem), ok);

  const freezeOk =
    check(data.freezeSha256 === freezeHash(freeze), `The freeze does not hash to the published freeze hash ${data.freezeSha256}: it was changed after it was published.`) &&
    check(!earlier.freezeSha256 || earlier.freezeSha256 === data.freezeSha256, `The freeze hash ${data.freezeSha256} is not the one published before the draw (${earlier.freezeSha256}).`);

  const commitmentOk =
    check(!earlier.seedSha256 || (earlier.seedSha256 === data.seedSha256 && earlier.seedSha256 === freeze.seedSha256), `The commitment is not the one published before the draw (${earlier.seedSha256}).`) &&
    check(freeze.seedSha256 === data.seedSha256, "The frozen commitment and the published one differ.") &&
    check(isSeed(draw.seed) && seedCommitment(draw.seed) === data.seedSha256, `The seed does not match the commitment: sha256(seed) is ${seedCommitment(draw.seed)}, the commitment is ${data.seedSha256}.`);

  const leavesOk = new Set(freeze.leaves).size === freeze.leaves.length && freeze.leaves.length === freeze.entryCount;
  const rootOk =
    check(leavesOk, "The leaves are not the frozen number of distinct entries.") &&
    check(merkleRoot(freeze.leaves) === freeze.entryRoot, `The leaves do not give the entry root ${freeze.entryRoot}: an entry was added or removed.`) &&
    check(!earlier.entryRoot || earlier.entryRoot === freeze.entryRoot, `The entry root ${freeze.entryRoot} is not the one published before the draw (${earlier.entryRoot}).`);

  const textsOk = check(canonicalJson(hashTexts(data.rules.texts)) === canonicalJson(freeze.textSha256), "The drawing's name, prize or rule text is not what was frozen.");
  const ruleOk =
    check(data.rules.winnersCount === freeze.winnersCount, `The rules say ${data.rules.winnersCount} winner(s), the freeze ${freeze.winnersCount}.`) &&
    check(requiredVisits(data.rules, freeze.partnersCounted) === freeze.requiredBooths, "The frozen number of booths is not what the rule gives for the partners counted.") &&
    check(canonicalJson(data.rules.witnesses) === canonicalJson(freeze.witnesses), "The witnesses are not the ones the rules named.") &&
    check(graceKept(data.rules, freeze), "The frozen close or its grace period is not the one the rules state.");

  const key = drawKey(draw.seed, draw.beaconRandomness, draw.witnessValues.map((w) => w.value));
  const expected = pickWinners(key, freeze.leaves, freeze.winnersCount);
  const claimed = draw.winners.map((w) => w.leaf);
  const winnersOk =
    check(canonicalJson(draw.witnessValues.map((w) => w.name)) === canonicalJson(freeze.witnesses), "The witnesses' values are not one for each named witness, in order.") &&
    check(draw.drawKey === key, "The published draw key is not what the seed, the beacon and the witnesses give.") &&
    check(
      claimed.length === expected.length && claimed.every((leaf, i) => leaf === expected[i]) && draw.winners.every((w, i) => w.rank === i + 1),
      `The published winners (${claimed.length}) are not what the key gives (${expected.length}), in that order.`,
    ) &&
    check(draw.winners.every((w) => entryLeaf(w.entryId, w.salt) === w.leaf), "A winner's entry number and salt do not give its leaf.");

  return {
    drawingId: data.drawingId,
    name,
    eligible: freeze.leaves.length,
    commitmentOk,
    rootOk,
    freezeOk,
    textsOk,
    ruleOk,
    winnersOk,
    expected,
    published: draw.winners.map((w) => w.entryId),
    problems,
    ok: problems.length === 0,
  };
}

/** A closing time in the rules is the frozen close, and visits count until it plus the grace period. */
function graceKept(rules: { closesAt: string | null; graceMinutes: number }, freeze: { closesAt: string; receivedBy: string }): boolean {
  if (rules.closesAt === null) return freeze.receivedBy === freeze.closesAt;
  const close = new Date(rules.closesAt).getTime();
  return new Date(freeze.closesAt).getTime() === close && new Date(freeze.receivedBy).getTime() === close + rules.graceMinutes * 60_000;
}
