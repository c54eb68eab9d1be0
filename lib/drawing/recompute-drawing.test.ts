import assert from "node:assert/strict";
import { before, test } from "node:test";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { drawingEntries } from "@/db/schema";
import { useTestDatabase } from "../test/db";
import { OPERATOR } from "../auth/actor";
import { AppError } from "../errors";
import { makeEvent } from "../test/fixtures";
import { roundTime } from "./beacon";
import { createDrawing } from "./create-drawing";
import { drawWinners } from "./draw-winners";
import { enterDrawingFromPage } from "./enter-drawing-from-page";
import { freezeDrawing } from "./freeze-drawing";
import { entryLeaf, merkleRoot } from "./merkle";
import { getPublicDrawing } from "./public-drawing";
import { freezeHash, hashTexts, type PublishedDrawing } from "./published-drawing";
import { drawKey, newSeed, pickWinners, seedCommitment } from "./rank-entries";
import { recomputeDrawing, type Earlier } from "./recompute-drawing";
import { BEACON, attendeeActor, boothsOf, visit } from "./test-helpers";

before(() => useTestDatabase());

const parsed = (d: PublishedDrawing) => JSON.parse(JSON.stringify(d)) as PublishedDrawing;

type Openings = Map<string, { entryId: number; salt: string }>;

/** A drawn drawing's result.json as a verifier downloads it, what they saved at the freeze, and every entry's opening (the forger holds the database). */
function drawn(): { published: PublishedDrawing; earlier: Earlier; openings: Openings } {
  const event = makeEvent({ partnerCount: 2, attendeeCount: 8 });
  const { id } = createDrawing(OPERATOR, event.eventId, { name: "Verify me", prize: "A kite", winners: 3, minPartners: 1, witnesses: ["Notary Meier"] });
  const [booth] = boothsOf(event);
  event.attendees.forEach((a, i) => {
    if (i % 4 !== 3) visit(booth!, a.badgeCode); // some entries are not eligible
    enterDrawingFromPage(attendeeActor(event, i), id);
  });
  const frozen = freezeDrawing(OPERATOR, event.eventId, id);
  const atFreeze = parsed(getPublicDrawing(id).published);
  drawWinners(OPERATOR, event.eventId, id, { beaconRandomness: BEACON, witnessValues: ["4711"] }, new Date(roundTime(frozen.beaconRound).getTime() + 1));
  const earlier = { seedSha256: atFreeze.seedSha256, entryRoot: atFreeze.freeze!.entryRoot, freezeSha256: atFreeze.freezeSha256! };
  const entries = getDb().select({ entryId: drawingEntries.id, salt: drawingEntries.salt }).from(drawingEntries).where(eq(drawingEntries.drawingId, id)).all();
  const openings: Openings = new Map(entries.map((e) => [entryLeaf(e.entryId, e.salt!), { entryId: e.entryId, salt: e.salt! }]));
  return { published: parsed(getPublicDrawing(id).published), earlier, openings };
}

/** What a forger does to keep the JSON consistent with itself: rehash the freeze, redraw the winners. */
function reseal(p: PublishedDrawing, salts: Openings): PublishedDrawing {
  const f = p.freeze!;
  f.entryCount = f.leaves.length;
  f.entryRoot = merkleRoot(f.leaves);
  f.textSha256 = hashTexts(p.rules.texts);
  p.freezeSha256 = freezeHash(f);
  const d = p.draw!;
  d.drawKey = drawKey(d.seed, d.beaconRandomness, d.witnessValues.map((w) => w.value));
  const old = new Map(d.winners.map((w) => [w.leaf, w]));
  d.winners = pickWinners(d.drawKey, f.leaves, f.winnersCount).map((leaf, i) => {
    const known = old.get(leaf) ?? { ...salts.get(leaf)!, displayName: "Someone E." };
    return { ...known, leaf, rank: i + 1 };
  });
  return p;
}

const fails = (p: PublishedDrawing, earlier: Earlier, what: keyof ReturnType<typeof recomputeDrawing>) => {
  const r = recomputeDrawing(p, earlier);
  assert.equal(r.ok, false, "verification must fail");
  assert.equal(r[what], false, `${String(what)} must fail: ${r.problems.join(" ")}`);
};

test("[DRAWING] the published JSON alone recomputes the winners and checks seed, root, texts and rule", () => {
  const { published, earlier } = drawn();
  assert.equal(published.freeze!.leaves.length, 6);
  const alone = recomputeDrawing(published);
  assert.equal(alone.ok, true, alone.problems.join(" "));
  const held = recomputeDrawing(published, earlier);
  assert.equal(held.ok, true, held.problems.join(" "));
  assert.equal(held.commitmentOk, true);
  assert.deepEqual(held.expected, published.draw!.winners.map((w) => w.leaf));
  assert.equal(held.expected.length, 3);
  assert.equal(JSON.stringify(published).match(/"entryId"/g)!.length, 3, "only the winners' entry numbers are published");
});

test("[DRAWING] a tampered seed fails the commitment check", () => {
  const { published } = drawn();
  const seed = published.draw!.seed;
  const tampered = parsed(published);
  tampered.draw!.seed = seed.slice(0, -1) + (seed.endsWith("0") ? "1" : "0");
  const r = recomputeDrawing(tampered);
  assert.equal(r.ok, false);
  assert.equal(r.commitmentOk, false);
  assert.match(r.problems[0]!, /does not match the commitment/);
});

test("[DRAWING] tamper: a losing entry removed", () => {
  const { published, earlier, openings } = drawn();
  const winners = new Set(published.draw!.winners.map((w) => w.leaf));
  const t = parsed(published);
  t.freeze!.leaves = t.freeze!.leaves.filter((l) => l !== [...published.freeze!.leaves].find((x) => !winners.has(x)));
  fails(t, {}, "rootOk");
  fails(reseal(t, openings), earlier, "rootOk");
});

test("[DRAWING] tamper: a winner removed and the winners republished", () => {
  const { published, earlier, openings } = drawn();
  const t = parsed(published);
  t.freeze!.leaves = t.freeze!.leaves.filter((l) => l !== published.draw!.winners[0]!.leaf);
  const forged = reseal(t, openings);
  assert.notDeepEqual(forged.draw!.winners.map((w) => w.leaf), published.draw!.winners.map((w) => w.leaf));
  assert.equal(recomputeDrawing(forged).ok, true, "consistent with itself…");
  fails(forged, earlier, "rootOk"); // …but not with the root published before the draw
  fails(forged, { freezeSha256: earlier.freezeSha256 }, "freezeOk");
});

test("[DRAWING] tamper: a fake entry added with matching winners", () => {
  const { published, earlier, openings } = drawn();
  const t = parsed(published);
  const fake = { entryId: 999_999, salt: "00".repeat(16) };
  const leaf = entryLeaf(fake.entryId, fake.salt);
  t.freeze!.leaves = [...t.freeze!.leaves, leaf].sort();
  fails(t, {}, "rootOk");
  fails(reseal(t, new Map([...openings, [leaf, fake]])), earlier, "rootOk");
});

test("[DRAWING] tamper: fewer winners", () => {
  const { published, earlier, openings } = drawn();
  const dropped = parsed(published);
  dropped.draw!.winners.pop();
  fails(dropped, {}, "winnersOk");
  const ruled = parsed(published);
  ruled.rules.winnersCount = 2;
  fails(ruled, {}, "ruleOk");
  const both = parsed(published);
  both.rules.winnersCount = 2;
  both.freeze!.winnersCount = 2;
  fails(reseal(both, openings), earlier, "freezeOk");
});

test("[DRAWING] tamper: a new seed with its own new commitment", () => {
  const { published, earlier, openings } = drawn();
  const t = parsed(published);
  const seed = newSeed();
  t.draw!.seed = seed;
  t.seedSha256 = seedCommitment(seed);
  t.freeze!.seedSha256 = t.seedSha256;
  const forged = reseal(t, openings);
  assert.equal(recomputeDrawing(forged).ok, true, "consistent with itself…");
  fails(forged, { seedSha256: earlier.seedSha256 }, "commitmentOk"); // …but not with the commitment published at creation
  fails(forged, { freezeSha256: earlier.freezeSha256 }, "freezeOk");
});

test("[DRAWING] tamper: changed prize and rule text", () => {
  const { published, earlier, openings } = drawn();
  const prize = parsed(published);
  prize.rules.texts.prize!.en = "A bicycle";
  fails(prize, {}, "textsOk");
  const rule = parsed(published);
  rule.rules.texts.eligibility!.en = "Scanned at 1 or more booths, shared or not.";
  fails(rule, {}, "textsOk");
  fails(reseal(prize, openings), earlier, "freezeOk");
});

test("[DRAWING] tamper: a longer grace period than the rules state", () => {
  const { published } = drawn();
  const t = parsed(published);
  t.freeze!.receivedBy = new Date(new Date(t.freeze!.receivedBy).getTime() + 3_600_000).toISOString();
  fails(t, {}, "ruleOk");
});

test("[DRAWING] tamper: winners in another order, or a loser named as a winner", () => {
  const { published } = drawn();
  const swapped = parsed(published);
  const [a, b] = swapped.draw!.winners;
  swapped.draw!.winners[0] = { ...b!, rank: 1 };
  swapped.draw!.winners[1] = { ...a!, rank: 2 };
  fails(swapped, {}, "winnersOk");
  const favoured = parsed(published);
  const winning = new Set(published.draw!.winners.map((w) => w.leaf));
  favoured.draw!.winners[0]!.leaf = published.freeze!.leaves.find((l) => !winning.has(l))!;
  fails(favoured, {}, "winnersOk");
});

test("[DRAWING] before the draw the JSON has no seed, and recomputing says so", () => {
  const event = makeEvent();
  const published = getPublicDrawing(event.drawingId).published;
  assert.equal(published.status, "open");
  assert.equal(published.draw, null);
  assert.ok(!JSON.stringify(published).includes("\"seed\":\""), "no seed anywhere in the JSON");
  assert.throws(() => recomputeDrawing(published), (e: AppError) => e.code === "conflict" && /not been drawn yet/.test(e.message));
  assert.throws(() => recomputeDrawing({ hello: "world" }), (e: AppError) => e.code === "invalid");
});

test("[DRAWING] an unknown drawing has no public data", () => {
  assert.throws(() => getPublicDrawing(987654321), (e: AppError) => e.code === "not_found");
});
