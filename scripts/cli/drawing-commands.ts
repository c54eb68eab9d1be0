// Prize drawing commands: draw the winners, and recompute a published result from its JSON
// alone (recompute-drawing never opens the database: anyone with the JSON can run it).
import fs from "node:fs";
import { z } from "zod";
import { OPERATOR } from "@/lib/auth/actor";
import { loadConfig } from "@/lib/config";
import { drawWinners } from "@/lib/drawing/draw-winners";
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

export const DRAWING_COMMANDS: Record<string, Command> = {
  draw: {
    summary: "Draw a prize drawing's winners (once; closes it) and publish its seed",
    usage: "--event SLUG --drawing ID",
    options: { event: S, drawing: S },
    run(v) {
      const event = findEventBySlug(OPERATOR, parseInput(required("event"), v.event));
      const result = drawWinners(OPERATOR, event.id, parseInput(DrawingId, v.drawing));
      const { published, winners } = getPublicDrawing(result.drawingId);
      console.log(`Drawn "${published.name}" (${published.prize}): ${result.eligibleEntryIds.length} eligible entries.`);
      winners.forEach((w) => console.log(`  ${w.rank}. entry #${w.entryId} ${w.displayName}`));
      if (winners.length === 0) console.log("  No eligible entry: nobody won.");
      console.log(`Seed ${result.seed} (sha256 ${result.seedSha256}, the commitment published at creation).`);
      const base = loadConfig().FAIRLEAD_PUBLIC_URL ?? `http://localhost:${loadConfig().PORT}`;
      console.log(`Public result: ${base}/drawings/${result.drawingId} (JSON: ${base}/drawings/${result.drawingId}/result.json)`);
    },
  },
  "recompute-drawing": {
    summary: "Check a published drawing result from its JSON: seed vs commitment, and the winners",
    usage: "--file result.json | --url https://…/drawings/ID/result.json",
    options: { file: S, url: S },
    database: false,
    async run(v) {
      const r = recomputeDrawing(await readPublished(v));
      const ids = (list: number[]) => (list.length ? list.map((id) => `#${id}`).join(", ") : "none");
      console.log(`Drawing ${r.drawingId} "${r.name}": ${r.eligible} eligible entries.`);
      console.log(`Commitment: sha256(seed) ${r.commitmentOk ? "matches" : "does NOT match"} the published commitment.`);
      console.log(`Winners recomputed from the seed: ${ids(r.expected)}`);
      console.log(`Winners published:               ${ids(r.published)}`);
      if (!r.ok) throw new AppError("conflict", `NOT verified. ${r.problems.join(" ")}`);
      console.log("Verified: the published winners are exactly what the committed seed gives.");
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
