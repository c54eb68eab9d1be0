// What anyone may see of a drawing, signed in or not. Before the freeze: its rules and
// commitment. From the freeze on: the record written at the freeze (and completed at the
// draw), as stored, never recomputed from live tables, so it cannot change afterwards.
// Public by design, so it takes no actor; it never returns the seed of an undrawn drawing.
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { drawings, events } from "@/db/schema";
import { notFound } from "../errors";
import { rulesOf } from "./drawing-rules";
import { isOpen } from "./eligibility";
import type { LegacyDrawing } from "./legacy-drawing";
import { legacyDrawing } from "./legacy-public-drawing";
import { PublishedDrawing } from "./published-drawing";
import { ALGORITHM } from "./rank-entries";

export type PublicDrawing = { published: PublishedDrawing };
/** A drawing's public record; `legacy` for one drawn before the freeze existed (format 1). */
export type PublicRecord = PublicDrawing | { legacy: LegacyDrawing };

/** A drawing in today's format (format 2): a format-1 drawing is not one (see getPublicRecord). */
export function getPublicDrawing(drawingId: number, now = new Date()): PublicDrawing {
  const found = getPublicRecord(drawingId, now);
  if ("legacy" in found) throw notFound("The drawing");
  return found;
}

/** What the public page and result.json show: today's record, or a format-1 drawing's. */
export function getPublicRecord(drawingId: number, now = new Date()): PublicRecord {
  const row = getDb()
    .select({
      id: drawings.id,
      event: events.name,
      name: drawings.name,
      nameDe: drawings.nameDe,
      prize: drawings.prize,
      prizeDe: drawings.prizeDe,
      winners: drawings.winners,
      minPartners: drawings.minPartners,
      minFraction: drawings.minFraction,
      closesAt: drawings.closesAt,
      graceMinutes: drawings.graceMinutes,
      witnesses: drawings.witnesses,
      seed: drawings.seed,
      seedSha256: drawings.seedSha256,
      eligibleEntryIds: drawings.eligibleEntryIds,
      frozenAt: drawings.frozenAt,
      drawnAt: drawings.drawnAt,
      publishedJson: drawings.publishedJson,
      createdAt: drawings.createdAt,
    })
    .from(drawings)
    .innerJoin(events, eq(events.id, drawings.eventId))
    .where(eq(drawings.id, drawingId))
    .get();
  // A drawing made before commit-and-reveal has nothing to verify: it has no public page.
  if (!row || !row.seedSha256) throw notFound("The drawing");
  if (row.publishedJson) return { published: PublishedDrawing.parse(JSON.parse(row.publishedJson)) };
  // Drawn before the freeze existed (format 1): its result as published then, read-only.
  if (row.drawnAt) return { legacy: legacyDrawing(row) };
  return {
    published: {
      format: "fairlead-drawing/2",
      drawingId: row.id,
      event: row.event,
      status: isOpen(row, now) ? "open" : "closed",
      createdAt: row.createdAt.toISOString(),
      seedSha256: row.seedSha256,
      rules: rulesOf(row),
      freeze: null,
      freezeSha256: null,
      draw: null,
      algorithm: ALGORITHM,
    },
  };
}
