// Prize drawing commands: freeze the entries, draw the winners, and recompute a published result
// from its JSON alone (recompute-drawing never opens the database: anyone with the JSON can run it).
import fs from "node:fs";
import { z } from "zod";
import { OPERATOR } from "@/lib/auth/actor";
import { loadConfig } from "@/lib/config";
import { beaconUrl, roundTime } from "@/lib/drawing/beacon";
import { drawWinners } from "@/lib/drawing/draw-winners";
import { freezeDrawing } from "@/lib/drawing/freeze-drawing";
import { textOf } from "@/lib/drawing/published-drawing";
import { getPublicDrawing } from "@/lib/drawing/public-drawing";
import { recomputeDrawing } from "@/lib/drawing/recompute-drawing";
import { AppError, parseInput } from "@/lib/errors";
import { findEventBySlug } from "@/lib/events/events";
import { HttpsUrl } from "@/lib/fields";
import type { Command } from "./commands";

const S = { type: "string" as const };
const required = (label: string) => z.string({ message: `--${label} is required.` }).min(1, `--${label} is required.`);
const DrawingId = z
  .string({ message: "--drawing is required." })
  .regex(/^[1-9]\d{0,15}$/, "--drawing must be a drawing id (a whole number).")
  .transform(Number);

const Hex = (flag: string) => z.string().regex(/^[0-9a-f]{64}$/, `--${flag} must be 64 lowercase hex characters.`).optional();

export const DRAWING_COMMANDS: Record<string, Command> = {
  "freeze-drawing": {
    summary: "Freeze a drawing's entries after its close and grace period: publishes the entry root and names the beacon round",
    usage: "--event SLUG --drawing ID",
    options: { event: S, drawing: S },
    run(v) {
      const event = findEventBySlug(OPERATOR, parseInput(required("event"), v.event));
      const frozen = freezeDrawing(OPERATOR, event.id, parseInput(DrawingId, v.drawing));
      console.log(`Frozen drawing ${frozen.drawingId}: ${frozen.entryCount} eligible entries, entry root ${frozen.entryRoot}.`);
      console.log(`Freeze hash ${frozen.freezeSha256}. Draw after drand quicknet round ${frozen.beaconRound} (${roundTime(frozen.beaconRound).toISOString()}): ${beaconUrl(frozen.beaconRound)}`);
    },
  },
  draw: {
    summary: "Draw a frozen drawing's winners (once) with the named beacon round's randomness, and publish its seed",
    usage: "--event SLUG --drawing ID --beacon HEX [--witnesses V1,V2]",
    options: { event: S, drawing: S, beacon: S, witnesses: S },
    run(v) {
      const event = findEventBySlug(OPERATOR, parseInput(required("event"), v.event));
      const witnessValues = v.witnesses ? v.witnesses.split(",") : [];
      const result = drawWinners(OPERATOR, event.id, parseInput(DrawingId, v.drawing), { beaconRandomness: v.beacon ?? "", witnessValues });
      const d = getPublicDrawing(result.drawingId).published;
      console.log(`Drawn "${textOf(d.rules.texts, "name")}" (${textOf(d.rules.texts, "prize")}): ${result.eligible} eligible entries.`);
      d.draw!.winners.forEach((w) => console.log(`  ${w.rank}. entry #${w.entryId} ${w.displayName}`));
      if (d.draw!.winners.length === 0) console.log("  No eligible entry: nobody won.");
      console.log(`Seed ${result.seed} (sha256 ${result.seedSha256}, the commitment published at creation).`);
      const base = loadConfig().FAIRLEAD_PUBLIC_URL ?? `http://localhost:${loadConfig().PORT}`;
      console.log(`Public result: ${base}/drawings/${result.drawingId} (JSON: ${base}/drawings/${result.drawingId}/result.json)`);
    },
  },
  "recompute-drawing": {
    summary: "Check a published drawing result from its JSON, against the commitment, entry root and freeze hash published before the draw",
    usage: "--file result.json | --url https://…/drawings/ID/result.json [--commitment HEX] [--root HEX] [--freeze HEX]",
    options: { file: S, url: S, commitment: S, root: S, freeze: S },
    database: false,
    async run(v) {
      const earlier = {
        seedSha256: parseInput(Hex("commitment"), v.commitment),
        entryRoot: parseInput(Hex("root"), v.root),
        freezeSha256: parseInput(Hex("freeze"), v.freeze),
      };
      const r = recomputeDrawing(await readPublished(v), earlier);
      const ids = (list: number[]) => (list.length ? list.map((id) => `#${id}`).join(", ") : "none");
      const yes = (ok: boolean) => (ok ? "ok" : "FAILED");
      console.log(`Drawing ${r.drawingId} "${r.name}": ${r.eligible} eligible entries.`);
      console.log(`Commitment: sha256(seed) ${r.commitmentOk ? "matches" : "does NOT match"} the published commitment.`);
      console.log(`Freeze hash ${yes(r.freezeOk)}; entry root ${yes(r.rootOk)}; texts ${yes(r.textsOk)}; rule ${yes(r.ruleOk)}.`);
      console.log(`Winning leaves recomputed: ${r.expected.length}; winners published: ${ids(r.published)} (${yes(r.winnersOk)}).`);
      if (!earlier.seedSha256 && !earlier.freezeSha256) console.log("No --commitment or --freeze given: checked against the JSON's own values only.");
      if (!r.ok) throw new AppError("conflict", `NOT verified. ${r.problems.join(" ")}`);
      console.log("Verified: the published winners are exactly what the committed seed, the beacon and the frozen entries give.");
    },
  },
};

async function readPublished(v: Record<string, string | undefined>): Promise<unknown> {
  if (!!v.file === !!v.url) throw new AppError("invalid", "Give either --file or --url (one of them).");
  let text: string;
  let source: string;
  if (v.file) {
    source = v.file;
    if (!fs.existsSync(source)) throw new AppError("not_found", `No file ${source}.`);
    text = fs.readFileSync(source, "utf8");
  } else {
    source = parseInput(HttpsUrl, v.url);
    const response = await fetch(source, { headers: { accept: "application/json" } }).catch((error: Error) => {
      throw new AppError("not_found", `Could not fetch ${source}: ${error.message}`);
    });
    if (!response.ok) throw new AppError("not_found", `${source} answered ${response.status} ${response.statusText}.`);
    text = await response.text();
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("invalid", `${source} is not JSON. Give the drawing's result.json.`);
  }
}
