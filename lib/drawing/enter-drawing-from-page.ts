// The attendee opts in to a drawing from their own page (the booth screen's opt-in is in
// lib/consent/record-decision.ts). Stored apart from consent; refused once the drawing is
// closed or drawn.
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { drawingEntries, drawings } from "@/db/schema";
import type { AttendeeActor } from "../auth/actor";
import { AppError, notFound, parseInput } from "../errors";
import { Id } from "../fields";
import { isOpen } from "./eligibility";
import { enterDrawing } from "./open-drawing";

/** The attendee opts in from their own page. Entering twice changes nothing. */
export function enterDrawingFromPage(actor: AttendeeActor, drawingId: number, now = new Date()): { entryId: number } {
  const id = parseInput(Id, drawingId);
  const db = getDb();
  return db.transaction((tx) => {
    const drawing = tx
      .select({ id: drawings.id, name: drawings.name, closesAt: drawings.closesAt, drawnAt: drawings.drawnAt, frozenAt: drawings.frozenAt })
      .from(drawings)
      .where(and(eq(drawings.id, id), eq(drawings.eventId, actor.eventId)))
      .get();
    if (!drawing) throw notFound("The drawing");
    if (drawing.drawnAt) throw new AppError("gone", `The winners of "${drawing.name}" have been drawn; it takes no more entries.`);
    if (drawing.frozenAt) throw new AppError("gone", `"${drawing.name}" closed for entries at ${(drawing.closesAt ?? drawing.frozenAt).toISOString()}; its entries are frozen.`);
    if (!isOpen(drawing, now)) throw new AppError("gone", `"${drawing.name}" closed for entries at ${drawing.closesAt!.toISOString()}.`);
    enterDrawing(drawing.id, actor.attendeeId, "personal_page", now);
    const entry = tx
      .select({ id: drawingEntries.id })
      .from(drawingEntries)
      .where(and(eq(drawingEntries.drawingId, drawing.id), eq(drawingEntries.attendeeId, actor.attendeeId)))
      .get()!;
    return { entryId: entry.id };
  });
}
