// An organizer defines a prize drawing. Eligibility is about visits, never about sharing.
import { z } from "zod";
import { getDb } from "@/db/client";
import { drawings } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { requireOrganizerOf } from "../auth/access";
import { parseInput } from "../errors";
import { ShortText } from "../fields";

export const NewDrawingInput = z
  .object({
    name: ShortText("the drawing's name"),
    prize: ShortText("the prize"),
    winners: z.number().int().min(1).max(1000).default(1),
    minPartners: z.number().int().min(1).nullish(),
    minFraction: z.number().gt(0).max(1).nullish(),
    closesAt: z.coerce.date().nullish(),
  })
  .refine((d) => d.minPartners != null || d.minFraction != null, {
    message: "Say how many booths make an entry eligible (a number, or a fraction of all partners).",
  });

export function createDrawing(actor: Actor, eventId: number, input: z.input<typeof NewDrawingInput>): { id: number } {
  requireOrganizerOf(actor, eventId);
  const data = parseInput(NewDrawingInput, input);
  return getDb()
    .insert(drawings)
    .values({ ...data, minPartners: data.minPartners ?? null, minFraction: data.minFraction ?? null, closesAt: data.closesAt ?? null, eventId })
    .returning({ id: drawings.id })
    .get();
}
