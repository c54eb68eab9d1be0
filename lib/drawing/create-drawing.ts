// An organizer defines a prize drawing. Eligibility is about visits, never about sharing.
// Creating it opens it, and commits to its secret seed: the sha256 is public from now on,
// the seed itself only after the draw (lib/drawing/draw-winners.ts). The rules fixed here name
// the grace period and the witnesses; the beacon round is named at the freeze (decision 026).
import { z } from "zod";
import { getDb } from "@/db/client";
import { drawings } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { requireOrganizerOf } from "../auth/access";
import { AppError, parseInput } from "../errors";
import { ShortText } from "../fields";
import { newSeed, seedCommitment } from "./rank-entries";

export const NewDrawingInput = z
  .object({
    name: ShortText("the drawing's name"),
    prize: ShortText("the prize"),
    // German name and prize for German screens; empty shows the English ones, marked.
    nameDe: z.string().trim().max(200).optional(),
    prizeDe: z.string().trim().max(200).optional(),
    winners: z
      .number({ message: "Enter the number of winners." })
      .int("Enter a whole number of winners.")
      .min(1, "A drawing has at least one winner.")
      .max(1000, "At most 1000 winners.")
      .default(1),
    minPartners: z
      .number({ message: "Enter a number of booths." })
      .int("Enter a whole number of booths.")
      .min(1, "At least one booth.")
      .nullish(),
    minFraction: z
      .number({ message: "Choose a share of all partners." })
      .gt(0, "Choose a share above zero.")
      .max(1, "The share cannot be more than all partners.")
      .nullish(),
    closesAt: z.coerce.date({ message: "Enter a valid closing date and time." }).nullish(),
    graceMinutes: z
      .number({ message: "Enter the sync grace period in minutes." })
      .int("Enter a whole number of minutes.")
      .min(0, "The grace period cannot be negative.")
      .max(24 * 60, "At most a day (1440 minutes).")
      .default(15),
    // Named now, before anything is known; each types a value of their own at the draw.
    witnesses: z.array(z.string().trim().min(1, "A witness needs a name.").max(80, "At most 80 characters.")).max(5, "At most five witnesses.").default([]),
  })
  .refine((d) => d.minPartners != null || d.minFraction != null, {
    message: "Say how many booths make an entry eligible (a number, or a fraction of all partners).",
  });

export type NewDrawing = { id: number; seedSha256: string };

export function createDrawing(actor: Actor, eventId: number, input: z.input<typeof NewDrawingInput>, now = new Date()): NewDrawing {
  requireOrganizerOf(actor, eventId);
  const data = parseInput(NewDrawingInput, input);
  if (data.closesAt && data.closesAt.getTime() <= now.getTime()) {
    const message = "The closing time must be in the future.";
    throw new AppError("invalid", `Please check: closesAt: ${message}`, { closesAt: message });
  }
  const seed = newSeed();
  const seedSha256 = seedCommitment(seed);
  return getDb().transaction((tx) => {
    const drawing = tx
      .insert(drawings)
      .values({
        eventId,
        name: data.name,
        prize: data.prize,
        nameDe: data.nameDe || null,
        prizeDe: data.prizeDe || null,
        winners: data.winners,
        minPartners: data.minPartners ?? null,
        minFraction: data.minFraction ?? null,
        closesAt: data.closesAt ?? null,
        graceMinutes: data.graceMinutes,
        witnesses: JSON.stringify(data.witnesses),
        seed,
        seedSha256,
        createdAt: now,
      })
      .returning({ id: drawings.id })
      .get();
    recordAudit(tx, actor, eventId, "drawings.create", `drawing ${drawing.id} ${data.name}`);
    return { id: drawing.id, seedSha256 };
  });
}
