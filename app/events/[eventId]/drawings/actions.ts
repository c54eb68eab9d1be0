"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireOrganizer } from "@/lib/auth/guards";
import { createDrawing } from "@/lib/drawing/create-drawing";
import { DrawingForm, drawingInputFromForm } from "@/lib/drawing/drawing-form";
import { drawWinners } from "@/lib/drawing/draw-winners";
import { freezeDrawing } from "@/lib/drawing/freeze-drawing";
import { Id } from "@/lib/fields";
import { action } from "@/lib/http/action";

const Target = z.object({ eventId: Id });

function refresh(eventId: number) {
  revalidatePath(`/events/${eventId}/drawings`);
  revalidatePath(`/events/${eventId}`);
}

export const createDrawingAction = action(
  DrawingForm.extend(Target.shape),
  requireOrganizer,
  (organizer, { eventId, ...values }) => {
    const drawing = createDrawing(organizer, eventId, drawingInputFromForm(values));
    refresh(eventId);
    return { id: drawing.id, name: values.name.trim() };
  },
  { invalid: "The drawing was not created. Please correct what is marked below." },
);

/** Answers how many entries were frozen. */
export const freezeDrawingAction = action(Target.extend({ drawingId: Id }), requireOrganizer, (organizer, { eventId, drawingId }) => {
  const frozen = freezeDrawing(organizer, eventId, drawingId);
  refresh(eventId);
  return frozen.entryCount;
});

const DrawForm = Target.extend({
  drawingId: Id,
  beaconRandomness: z.string().optional().default(""),
  /** One witness value per line, in the order the rules name the witnesses. */
  witnessValues: z.string().optional().default(""),
});

/** Answers how many winners were drawn. */
export const drawWinnersAction = action(DrawForm, requireOrganizer, (organizer, { eventId, drawingId, beaconRandomness, witnessValues }) => {
  const values = witnessValues.split(/\r?\n/).map((v) => v.trim()).filter((v) => v !== "");
  const result = drawWinners(organizer, eventId, drawingId, { beaconRandomness, witnessValues: values });
  refresh(eventId);
  return result.winnerEntryIds.length;
});
