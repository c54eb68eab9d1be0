"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireOrganizer } from "@/lib/auth/guards";
import { createDrawing } from "@/lib/drawing/create-drawing";
import { DrawingForm, drawingInputFromForm } from "@/lib/drawing/drawing-form";
import { drawWinners } from "@/lib/drawing/draw-winners";
import { AppError, parseInput, toErrorBody } from "@/lib/errors";
import { Id } from "@/lib/fields";
import type { DrawingFormState } from "@/components/drawing/new-drawing-form";
import type { DrawState } from "@/components/drawing/draw-button";

const Target = z.object({ eventId: Id });

function refresh(eventId: number) {
  revalidatePath(`/events/${eventId}/drawings`);
  revalidatePath(`/events/${eventId}`);
}

export async function createDrawingAction(_prev: DrawingFormState, form: FormData): Promise<DrawingFormState> {
  const raw = Object.fromEntries([...form].map(([k, v]) => [k, typeof v === "string" ? v : ""]));
  try {
    const organizer = await requireOrganizer();
    const { eventId } = parseInput(Target, raw);
    const values = parseInput(DrawingForm, raw);
    const drawing = createDrawing(organizer, eventId, drawingInputFromForm(values));
    refresh(eventId);
    return { created: { id: drawing.id, name: values.name.trim() } };
  } catch (error) {
    const fields = error instanceof AppError ? error.fields : undefined;
    const message = fields ? "The drawing was not created. Please correct what is marked below." : toErrorBody(error).body.error.message;
    return { error: message, fields, values: raw };
  }
}

export async function drawWinnersAction(_prev: DrawState, form: FormData): Promise<DrawState> {
  try {
    const organizer = await requireOrganizer();
    const { eventId, drawingId } = parseInput(Target.extend({ drawingId: Id }), Object.fromEntries(form));
    const result = drawWinners(organizer, eventId, drawingId);
    refresh(eventId);
    return { drawn: result.winnerEntryIds.length };
  } catch (error) {
    return { error: toErrorBody(error).body.error.message };
  }
}
